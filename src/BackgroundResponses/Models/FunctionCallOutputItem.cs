using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The result of a function call, sent back to the model (type <c>function_call_output</c>).</summary>
public sealed class FunctionCallOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "function_call_output";

    /// <summary>Gets or sets the <see cref="FunctionCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the output of the function: text (assign a string) or content parts.</summary>
    public FunctionOutput? Output { get; set; }
}
