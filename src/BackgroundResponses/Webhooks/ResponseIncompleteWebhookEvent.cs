using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a background response was interrupted before completing (type <c>response.incomplete</c>, spec <c>WebhookResponseIncomplete</c>).</summary>
public sealed class ResponseIncompleteWebhookEvent : ResponseWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "response.incomplete";
}
