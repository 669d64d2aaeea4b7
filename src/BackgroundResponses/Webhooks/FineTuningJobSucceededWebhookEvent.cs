using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when a fine-tuning job has succeeded (type <c>fine_tuning.job.succeeded</c>, spec <c>WebhookFineTuningJobSucceeded</c>).</summary>
public sealed class FineTuningJobSucceededWebhookEvent : FineTuningJobWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "fine_tuning.job.succeeded";
}
