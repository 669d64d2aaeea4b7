namespace BackgroundResponses.Testing;

/// <summary>One output item of a <see cref="FakeResponseScript"/>, in the order the run produces them.</summary>
internal abstract record FakeScriptStep;
