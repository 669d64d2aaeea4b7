using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the code snippet is finalized by the code interpreter (wire type <c>response.code_interpreter_call_code.done</c>).</summary>
public sealed class ResponseCodeInterpreterCallCodeDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.code_interpreter_call_code.done";

    /// <summary>Gets or sets the index of the output item in the response for which the code is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the code interpreter tool call item.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the final code snippet output by the code interpreter.</summary>
    public string Code { get; set; } = string.Empty;
}
