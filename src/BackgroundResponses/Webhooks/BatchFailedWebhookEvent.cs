using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a batch API request has failed (type <c>batch.failed</c>, spec <c>WebhookBatchFailed</c>).</summary>
public sealed class BatchFailedWebhookEvent : BatchWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "batch.failed";
}
