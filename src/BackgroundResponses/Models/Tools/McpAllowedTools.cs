using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The tools of an MCP server the model may use (spec <c>MCPTool.allowed_tools</c>): either a list of tool names
/// (<see cref="ToolNames"/>, written as an array) or a filter (<see cref="Filter"/>, written as an object). Exactly
/// one is set.
/// </summary>
[JsonConverter(typeof(McpAllowedToolsJsonConverter))]
public sealed class McpAllowedTools
{
    private McpAllowedTools(IList<string>? toolNames, McpToolFilter? filter)
    {
        ToolNames = toolNames;
        Filter = filter;
    }

    /// <summary>Gets the allowed tool names of the list form, or <see langword="null"/> for the filter form.</summary>
    public IList<string>? ToolNames { get; }

    /// <summary>Gets the filter of the filter form, or <see langword="null"/> for the list form.</summary>
    public McpToolFilter? Filter { get; }

    /// <summary>Converts a filter to allowed tools.</summary>
    /// <param name="filter">The filter.</param>
    public static implicit operator McpAllowedTools(McpToolFilter filter) => FromFilter(filter);

    /// <summary>Creates the list form.</summary>
    /// <param name="toolNames">The names of the allowed tools.</param>
    /// <returns>The allowed tools.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="toolNames"/> is <see langword="null"/>.</exception>
    public static McpAllowedTools FromNames(params IEnumerable<string> toolNames)
    {
        ArgumentNullException.ThrowIfNull(toolNames);
        return new McpAllowedTools([.. toolNames], null);
    }

    /// <summary>Creates the filter form.</summary>
    /// <param name="filter">The filter.</param>
    /// <returns>The allowed tools.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is <see langword="null"/>.</exception>
    public static McpAllowedTools FromFilter(McpToolFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new McpAllowedTools(null, filter);
    }
}
