namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// The spec's union members the SDK deliberately does not type. Each is still read and written back unchanged (as the
/// fallback of its union: <see cref="UnknownResponseItem"/>, <see cref="RawResponseTool"/>, …, or a tool choice's
/// <see cref="ResponseToolChoice.Json"/>); what it lacks is typed properties. The same list, with the same reasons, is in
/// docs/architecture.md ("Types the SDK does not type, and why"); a test keeps the two the same.
/// </summary>
internal static class SpecCoverageAllowList
{
    public static IReadOnlyList<AllowListEntry> Entries { get; } =
    [
        new(UnionKind.ToolChoice, "computer_use", "The spec lists it as a hosted tool choice (ToolChoiceTypes), but no tool of the spec's Tool union has this type (the computer tools are computer and computer_use_preview), so there is no tool class for HostedToolType to name. The choice is still sent and read as given (ForHostedTool, HostedToolType)."),
    ];
}
