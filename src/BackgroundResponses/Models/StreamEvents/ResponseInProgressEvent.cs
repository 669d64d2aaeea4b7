using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when the response is in progress (wire type <c>response.in_progress</c>).</summary>
public sealed class ResponseInProgressEvent : ResponseLifecycleEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.in_progress";
}
