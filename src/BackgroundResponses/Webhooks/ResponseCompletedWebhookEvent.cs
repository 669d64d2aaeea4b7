using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a background response has completed (type <c>response.completed</c>, spec <c>WebhookResponseCompleted</c>).</summary>
public sealed class ResponseCompletedWebhookEvent : ResponseWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "response.completed";
}
