using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the model response is complete (wire type <c>response.completed</c>).</summary>
public sealed class ResponseCompletedEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.completed";
}
