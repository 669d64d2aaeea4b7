using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a response is queued and waiting to be processed (wire type <c>response.queued</c>).</summary>
public sealed class ResponseQueuedEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.queued";
}
