namespace BackgroundResponses.Testing;

/// <summary>A reasoning item whose summary has these parts, each streamed as its own summary part.</summary>
internal sealed record ReasoningStep(IReadOnlyList<string> SummaryParts) : FakeScriptStep;
