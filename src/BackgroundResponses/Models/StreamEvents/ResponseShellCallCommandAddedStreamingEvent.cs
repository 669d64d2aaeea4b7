using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a shell command was added to a tool call (wire type <c>response.shell_call_command.added</c>).</summary>
public sealed class ResponseShellCallCommandAddedStreamingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.shell_call_command.added";

    /// <summary>Gets or sets the index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the shell command that was added.</summary>
    public int CommandIndex { get; set; }

    /// <summary>Gets or sets the shell command that was added.</summary>
    public string Command { get; set; } = string.Empty;
}
