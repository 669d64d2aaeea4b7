using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the full audio transcript is completed (wire type <c>response.audio.transcript.done</c>).</summary>
public sealed class ResponseAudioTranscriptDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.audio.transcript.done";
}
