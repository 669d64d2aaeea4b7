using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the attempt to list available MCP tools has failed (wire type <c>response.mcp_list_tools.failed</c>).</summary>
public sealed class ResponseMcpListToolsFailedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_list_tools.failed";

    /// <summary>Gets or sets the ID of the MCP tool call item that failed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that failed.</summary>
    public int OutputIndex { get; set; }
}
