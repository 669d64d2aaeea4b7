using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an MCP tool call has completed successfully (wire type <c>response.mcp_call.completed</c>).</summary>
public sealed class ResponseMcpCallCompletedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_call.completed";

    /// <summary>Gets or sets the ID of the MCP tool call item that completed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that completed.</summary>
    public int OutputIndex { get; set; }
}
