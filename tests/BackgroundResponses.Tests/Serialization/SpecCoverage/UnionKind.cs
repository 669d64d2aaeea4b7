namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>Which SDK base type reads the members of a spec union.</summary>
internal enum UnionKind
{
    /// <summary><see cref="ResponseItem"/>.</summary>
    Item,

    /// <summary><see cref="ResponseTool"/>.</summary>
    Tool,

    /// <summary><see cref="ResponseAnnotation"/>.</summary>
    Annotation,

    /// <summary><see cref="ResponseContentPart"/>.</summary>
    ContentPart,

    /// <summary><see cref="ReasoningSummaryPart"/>, the one class of <see cref="ReasoningItem.Summary"/>.</summary>
    ReasoningSummary,

    /// <summary><see cref="ResponseToolChoice"/>: a mode string or a choice object.</summary>
    ToolChoice,
}
