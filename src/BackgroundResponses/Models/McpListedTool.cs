using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A tool an MCP server offers, in a <see cref="McpListToolsItem"/> (spec <c>MCPListToolsTool</c>).</summary>
public sealed class McpListedTool
{
    /// <summary>Gets or sets the name of the tool.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the description of the tool.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the JSON schema of the tool's input, as sent.</summary>
    public JsonElement? InputSchema { get; set; }

    /// <summary>Gets or sets additional annotations about the tool, as sent.</summary>
    public JsonElement? Annotations { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
