using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when there is a delta (partial update) to the arguments of an MCP tool call (wire type <c>response.mcp_call_arguments.delta</c>).</summary>
public sealed class ResponseMcpCallArgumentsDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.mcp_call_arguments.delta";

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the MCP tool call item being processed.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets a JSON string containing the partial update to the arguments for the MCP tool call.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
