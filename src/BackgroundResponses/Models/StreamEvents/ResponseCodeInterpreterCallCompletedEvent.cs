using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the code interpreter call is completed (wire type <c>response.code_interpreter_call.completed</c>).</summary>
public sealed class ResponseCodeInterpreterCallCompletedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.code_interpreter_call.completed";

    /// <summary>Gets or sets the index of the output item in the response for which the code interpreter call is completed.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the code interpreter tool call item.</summary>
    public string ItemId { get; set; } = string.Empty;
}
