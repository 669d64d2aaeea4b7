using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a partial code snippet is streamed by the code interpreter (wire type <c>response.code_interpreter_call_code.delta</c>).</summary>
public sealed class ResponseCodeInterpreterCallCodeDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.code_interpreter_call_code.delta";

    /// <summary>Gets or sets the index of the output item in the response for which the code is being streamed.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the code interpreter tool call item.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the partial code snippet being streamed by the code interpreter.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
