using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted for a delta (partial update) to the input of a custom tool call (wire type <c>response.custom_tool_call_input.delta</c>).</summary>
public sealed class ResponseCustomToolCallInputDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.custom_tool_call_input.delta";

    /// <summary>Gets or sets the index of the output this delta applies to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier for the API item associated with this event.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the incremental input data (delta) for the custom tool call.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
