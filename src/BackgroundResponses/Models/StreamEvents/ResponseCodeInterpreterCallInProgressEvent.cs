using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a code interpreter call is in progress (wire type <c>response.code_interpreter_call.in_progress</c>).</summary>
public sealed class ResponseCodeInterpreterCallInProgressEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.code_interpreter_call.in_progress";

    /// <summary>Gets or sets the index of the output item in the response for which the code interpreter call is in progress.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the code interpreter tool call item.</summary>
    public string ItemId { get; set; } = string.Empty;
}
