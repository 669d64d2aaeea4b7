using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when there is a partial audio response (wire type <c>response.audio.delta</c>).</summary>
public sealed class ResponseAudioDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.audio.delta";

    /// <summary>Gets or sets a chunk of Base64 encoded response audio bytes.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
