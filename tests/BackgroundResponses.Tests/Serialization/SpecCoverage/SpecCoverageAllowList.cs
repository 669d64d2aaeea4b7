namespace BackgroundResponses.Tests.Serialization.SpecCoverage;

/// <summary>
/// The spec's union members the SDK deliberately does not type. Each is read as the fallback class of its union
/// (<see cref="UnknownResponseItem"/>, <see cref="RawResponseTool"/>, …) and written back byte for byte, so it still
/// round-trips and can be sent back as input; what it lacks is typed properties. The same list, with the same reasons,
/// is in docs/architecture.md ("Types the SDK does not type, and why"); keep them together.
/// </summary>
internal static class SpecCoverageAllowList
{
    public static IReadOnlyList<AllowListEntry> Entries { get; } =
    [
        new(UnionKind.ToolChoice, "computer_use", "The spec's ToolChoiceTypes lists it, but no tool in the spec's Tool union has this type (the computer tools are computer and computer_use_preview): there is no tool class for HostedToolType to name. The choice is still sent and read as given."),
    ];
}
