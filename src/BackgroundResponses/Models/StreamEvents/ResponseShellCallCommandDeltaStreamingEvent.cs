using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a shell command was incrementally updated (wire type <c>response.shell_call_command.delta</c>).</summary>
public sealed class ResponseShellCallCommandDeltaStreamingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.shell_call_command.delta";

    /// <summary>Gets or sets the index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the shell command that was updated.</summary>
    public int CommandIndex { get; set; }

    /// <summary>Gets or sets the shell command delta that was appended.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
