using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Selects tools of an MCP server by name or by whether they are read-only (spec <c>MCPToolFilter</c>).</summary>
public sealed class McpToolFilter
{
    /// <summary>Gets or sets the names of the tools.</summary>
    public IList<string>? ToolNames { get; set; }

    /// <summary>Gets or sets whether the filter matches read-only tools (those the server annotates with <c>readOnlyHint</c>).</summary>
    public bool? ReadOnly { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
