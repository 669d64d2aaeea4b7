using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when input for a custom tool call is complete (wire type <c>response.custom_tool_call_input.done</c>).</summary>
public sealed class ResponseCustomToolCallInputDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.custom_tool_call_input.done";

    /// <summary>Gets or sets the index of the output this event applies to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier for the API item associated with this event.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the complete input data for the custom tool call.</summary>
    public string Input { get; set; } = string.Empty;
}
