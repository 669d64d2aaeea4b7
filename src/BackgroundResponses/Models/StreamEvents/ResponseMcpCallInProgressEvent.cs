using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an MCP tool call is in progress (wire type <c>response.mcp_call.in_progress</c>).</summary>
public sealed class ResponseMcpCallInProgressEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_call.in_progress";

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the MCP tool call item being processed.</summary>
    public string ItemId { get; set; } = string.Empty;
}
