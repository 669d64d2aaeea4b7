using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a batch API request has expired (type <c>batch.expired</c>, spec <c>WebhookBatchExpired</c>).</summary>
public sealed class BatchExpiredWebhookEvent : BatchWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "batch.expired";
}
