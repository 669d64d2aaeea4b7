using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The output of a <see cref="LocalShellCallItem"/> (type <c>local_shell_call_output</c>, spec <c>LocalShellToolCallOutput</c>).</summary>
public sealed class LocalShellCallOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "local_shell_call_output";

    /// <summary>Gets or sets the <see cref="LocalShellCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets the output, as a JSON string.</summary>
    public string? Output { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
