using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Which tools of an MCP server need approval (spec <c>MCPTool.require_approval</c>): either one policy for all of
/// them (<see cref="Mode"/>, written as a string) or filters of tools that always or never need it
/// (<see cref="Filter"/>, written as an object). Exactly one is set.
/// </summary>
[JsonConverter(typeof(McpRequireApprovalJsonConverter))]
public sealed class McpRequireApproval
{
    private McpRequireApproval(McpApprovalMode? mode, McpApprovalFilter? filter)
    {
        Mode = mode;
        Filter = filter;
    }

    /// <summary>Gets <c>always</c>: every call needs approval.</summary>
    public static McpRequireApproval Always { get; } = new(McpApprovalMode.Always, null);

    /// <summary>Gets <c>never</c>: no call needs approval.</summary>
    public static McpRequireApproval Never { get; } = new(McpApprovalMode.Never, null);

    /// <summary>Gets the policy of the string form, or <see langword="null"/> for the filter form.</summary>
    public McpApprovalMode? Mode { get; }

    /// <summary>Gets the filters of the object form, or <see langword="null"/> for the string form.</summary>
    public McpApprovalFilter? Filter { get; }

    /// <summary>Converts a policy to its string form.</summary>
    /// <param name="mode">The policy.</param>
    public static implicit operator McpRequireApproval(McpApprovalMode mode) => FromMode(mode);

    /// <summary>Converts filters to the object form.</summary>
    /// <param name="filter">The filters.</param>
    public static implicit operator McpRequireApproval(McpApprovalFilter filter) => FromFilter(filter);

    /// <summary>Creates the string form, including policies this SDK does not know yet.</summary>
    /// <param name="mode">The policy.</param>
    /// <returns>The approval setting.</returns>
    public static McpRequireApproval FromMode(McpApprovalMode mode) => new(mode, null);

    /// <summary>Creates the object form.</summary>
    /// <param name="filter">The filters.</param>
    /// <returns>The approval setting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is <see langword="null"/>.</exception>
    public static McpRequireApproval FromFilter(McpApprovalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new McpRequireApproval(null, filter);
    }
}
