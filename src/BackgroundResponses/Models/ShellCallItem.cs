using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Shell commands the model asks to run (type <c>shell_call</c>, spec <c>FunctionShellCall</c>).</summary>
public sealed class ShellCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "shell_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="ShellCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if the server says.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the commands to run and their limits.</summary>
    public ShellCallAction? Action { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets where the commands run, or <see langword="null"/>.</summary>
    public ShellEnvironment? Environment { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
