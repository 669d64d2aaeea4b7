using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a background response has been cancelled (type <c>response.cancelled</c>, spec <c>WebhookResponseCancelled</c>).</summary>
public sealed class ResponseCancelledWebhookEvent : ResponseWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "response.cancelled";
}
