using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the arguments for an MCP tool call are finalized (wire type <c>response.mcp_call_arguments.done</c>).</summary>
public sealed class ResponseMcpCallArgumentsDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_call_arguments.done";

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the MCP tool call item being processed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets a JSON string containing the finalized arguments for the MCP tool call.</summary>
    public string Arguments { get; set; } = string.Empty;
}
