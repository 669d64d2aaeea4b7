using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The result of a custom tool call, sent back to the model (type <c>custom_tool_call_output</c>, spec <c>CustomToolCallOutput</c>).</summary>
public sealed class CustomToolCallOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "custom_tool_call_output";

    /// <summary>Gets or sets the <see cref="CustomToolCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if any.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the output: text (assign a string) or content parts.</summary>
    public FunctionOutput? Output { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>; set on items the API returns.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
