using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A call of a function tool by the model (type <c>function_call</c>, spec <c>FunctionToolCall</c>).</summary>
public sealed class FunctionCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "function_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="FunctionCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the function name.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the arguments as a JSON string, as the model wrote them (not necessarily valid JSON).</summary>
    public string? Arguments { get; set; }

    /// <summary>Gets or sets the item status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
