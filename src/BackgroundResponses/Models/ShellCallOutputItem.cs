using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The output of a <see cref="ShellCallItem"/> (type <c>shell_call_output</c>, spec <c>FunctionShellCallOutput</c>).</summary>
public sealed class ShellCallOutputItem : ResponseItem
{
    private IList<ShellCallOutputContent> _output = new List<ShellCallOutputContent>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "shell_call_output";

    /// <summary>Gets or sets the <see cref="ShellCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if the server says.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the output of each command. Never <see langword="null"/>.</summary>
    public IList<ShellCallOutputContent> Output
    {
        get => _output;
        set => _output = value ?? new List<ShellCallOutputContent>();
    }

    /// <summary>Gets or sets the maximum output length that was applied, per command.</summary>
    public int? MaxOutputLength { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
