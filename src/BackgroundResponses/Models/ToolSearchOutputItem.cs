using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The tools a tool search loaded (type <c>tool_search_output</c>, spec <c>ToolSearchOutput</c>): the answer to a
/// <see cref="ToolSearchCallItem"/>, made by the server or, for a search your code runs, sent by you as input.
/// </summary>
public sealed class ToolSearchOutputItem : ResponseItem
{
    private IList<ResponseTool> _tools = new List<ResponseTool>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "tool_search_output";

    /// <summary>Gets or sets the <see cref="ToolSearchCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets whether the server or your code ran the search.</summary>
    public ToolSearchExecution? Execution { get; set; }

    /// <summary>Gets or sets the tool definitions the search loaded. Never <see langword="null"/>.</summary>
    public IList<ResponseTool> Tools
    {
        get => _tools;
        set => _tools = value ?? new List<ResponseTool>();
    }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
