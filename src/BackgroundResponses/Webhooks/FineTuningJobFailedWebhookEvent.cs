using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a fine-tuning job has failed (type <c>fine_tuning.job.failed</c>, spec <c>WebhookFineTuningJobFailed</c>).</summary>
public sealed class FineTuningJobFailedWebhookEvent : FineTuningJobWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "fine_tuning.job.failed";
}
