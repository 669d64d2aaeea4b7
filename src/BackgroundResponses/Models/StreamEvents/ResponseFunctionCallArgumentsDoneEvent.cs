using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when function-call arguments are finalized (wire type <c>response.function_call_arguments.done</c>).</summary>
public sealed class ResponseFunctionCallArgumentsDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.function_call_arguments.done";

    /// <summary>Gets or sets the ID of the item.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the name of the function that was called.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the function-call arguments.</summary>
    public string Arguments { get; set; } = string.Empty;
}
