using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a fine-tuning job has been cancelled (type <c>fine_tuning.job.cancelled</c>, spec <c>WebhookFineTuningJobCancelled</c>).</summary>
public sealed class FineTuningJobCancelledWebhookEvent : FineTuningJobWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "fine_tuning.job.cancelled";
}
