using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a response fails (wire type <c>response.failed</c>).</summary>
public sealed class ResponseFailedEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.failed";
}
