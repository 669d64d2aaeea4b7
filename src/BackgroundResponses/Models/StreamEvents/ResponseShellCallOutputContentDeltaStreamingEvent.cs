using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when shell call output was incrementally added (wire type <c>response.shell_call_output_content.delta</c>).</summary>
public sealed class ResponseShellCallOutputContentDeltaStreamingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.shell_call_output_content.delta";

    /// <summary>Gets or sets the ID of the output item that was updated.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the shell command that produced output.</summary>
    public int CommandIndex { get; set; }

    /// <summary>Gets or sets the stdout/stderr delta that was emitted. Kept as raw JSON (spec schema <c>ShellCallOutputDelta</c>: optional <c>stdout</c> and <c>stderr</c> strings).</summary>
    public JsonElement? Delta { get; set; }

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
