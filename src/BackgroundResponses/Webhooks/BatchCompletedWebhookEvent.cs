using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a batch API request has completed (type <c>batch.completed</c>, spec <c>WebhookBatchCompleted</c>).</summary>
public sealed class BatchCompletedWebhookEvent : BatchWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "batch.completed";
}
