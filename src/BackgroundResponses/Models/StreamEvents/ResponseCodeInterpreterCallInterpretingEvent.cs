using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the code interpreter is actively interpreting the code snippet (wire type <c>response.code_interpreter_call.interpreting</c>).</summary>
public sealed class ResponseCodeInterpreterCallInterpretingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.code_interpreter_call.interpreting";

    /// <summary>Gets or sets the index of the output item in the response for which the code interpreter is interpreting code.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the code interpreter tool call item.</summary>
    public string ItemId { get; set; } = string.Empty;
}
