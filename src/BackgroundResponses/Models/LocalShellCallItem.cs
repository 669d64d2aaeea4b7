using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A command the model asks to run on the local shell (type <c>local_shell_call</c>, spec <c>LocalShellToolCall</c>).</summary>
public sealed class LocalShellCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "local_shell_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="LocalShellCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the command to run.</summary>
    public LocalShellExecAction? Action { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
