using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the list of available MCP tools has been successfully retrieved (wire type <c>response.mcp_list_tools.completed</c>).</summary>
public sealed class ResponseMcpListToolsCompletedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_list_tools.completed";

    /// <summary>Gets or sets the ID of the MCP tool call item that produced this output.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that was processed.</summary>
    public int OutputIndex { get; set; }
}
