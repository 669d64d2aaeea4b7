using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Why an <see cref="McpCallItem"/> failed (spec <c>MCPToolCallError</c>: <c>mcp_protocol_error</c>, <c>mcp_tool_execution_error</c> or <c>http_error</c>).</summary>
/// <remarks>The three error kinds of the spec share one class: they differ only in which of these properties they carry.</remarks>
public sealed class McpToolCallError
{
    /// <summary>Gets or sets the kind of error: <c>mcp_protocol_error</c>, <c>mcp_tool_execution_error</c> or <c>http_error</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the error code of a protocol or HTTP error.</summary>
    public int? Code { get; set; }

    /// <summary>Gets or sets the message of a protocol or HTTP error.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the content a tool returned with its execution error, as sent.</summary>
    public JsonElement? Content { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
