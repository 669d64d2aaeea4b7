using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a background response has failed (type <c>response.failed</c>, spec <c>WebhookResponseFailed</c>).</summary>
public sealed class ResponseFailedWebhookEvent : ResponseWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "response.failed";
}
