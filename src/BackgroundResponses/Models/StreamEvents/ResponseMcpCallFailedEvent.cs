using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an MCP tool call has failed (wire type <c>response.mcp_call.failed</c>).</summary>
public sealed class ResponseMcpCallFailedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_call.failed";

    /// <summary>Gets or sets the ID of the MCP tool call item that failed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that failed.</summary>
    public int OutputIndex { get; set; }
}
