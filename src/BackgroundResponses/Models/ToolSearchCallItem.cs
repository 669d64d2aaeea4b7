using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A search of the deferred tools by the <see cref="ToolSearchTool"/> (type <c>tool_search_call</c>, spec
/// <c>ToolSearchCall</c>). When <see cref="Execution"/> is <see cref="ToolSearchExecution.Client"/>, your code runs the
/// search and answers with a <see cref="ToolSearchOutputItem"/> of the same <see cref="CallId"/>.
/// </summary>
public sealed class ToolSearchCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "tool_search_call";

    /// <summary>Gets or sets the id the model gave the call, which the output names.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets whether the server or your code ran the search.</summary>
    public ToolSearchExecution? Execution { get; set; }

    /// <summary>Gets or sets the arguments of the search, a JSON object as the model wrote it.</summary>
    public JsonElement? Arguments { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
