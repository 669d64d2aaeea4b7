using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the audio response is complete (wire type <c>response.audio.done</c>).</summary>
public sealed class ResponseAudioDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.audio.done";
}
