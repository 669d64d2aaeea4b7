namespace BackgroundResponses.Testing;

/// <summary>An assistant message with one <c>output_text</c> part and the <c>url_citation</c> annotations on it.</summary>
internal sealed record MessageStep(string Text, IReadOnlyList<FakeCitation> Citations) : FakeScriptStep;
