using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a response is created (wire type <c>response.created</c>).</summary>
public sealed class ResponseCreatedEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.created";
}
