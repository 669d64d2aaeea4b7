using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when shell call output was completed (wire type <c>response.shell_call_output_content.done</c>).</summary>
public sealed class ResponseShellCallOutputContentDoneStreamingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.shell_call_output_content.done";

    /// <summary>Gets or sets the ID of the output item that was updated.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that was updated.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the shell command that produced output.</summary>
    public int CommandIndex { get; set; }

    /// <summary>Gets or sets the output contents emitted for the shell command. Kept as raw JSON (an array of spec <c>FunctionShellCallOutputContent</c>).</summary>
    public JsonElement? Output { get; set; }
}
