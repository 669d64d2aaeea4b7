using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a batch API request has been cancelled (type <c>batch.cancelled</c>, spec <c>WebhookBatchCancelled</c>).</summary>
public sealed class BatchCancelledWebhookEvent : BatchWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "batch.cancelled";
}
