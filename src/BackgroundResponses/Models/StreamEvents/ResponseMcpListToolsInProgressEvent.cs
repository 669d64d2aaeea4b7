using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the system is in the process of retrieving the list of available MCP tools (wire type <c>response.mcp_list_tools.in_progress</c>).</summary>
public sealed class ResponseMcpListToolsInProgressEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_list_tools.in_progress";

    /// <summary>Gets or sets the ID of the MCP tool call item that is being processed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that is being processed.</summary>
    public int OutputIndex { get; set; }
}
