using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a shell command was completed (wire type <c>response.shell_call_command.done</c>).</summary>
public sealed class ResponseShellCallCommandDoneStreamingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.shell_call_command.done";

    /// <summary>Gets or sets the index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the shell command that was completed.</summary>
    public int CommandIndex { get; set; }

    /// <summary>Gets or sets the final shell command that was emitted.</summary>
    public string Command { get; set; } = string.Empty;
}
