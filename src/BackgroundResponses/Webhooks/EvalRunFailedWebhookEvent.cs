using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when an eval run has failed (type <c>eval.run.failed</c>, spec <c>WebhookEvalRunFailed</c>).</summary>
public sealed class EvalRunFailedWebhookEvent : EvalRunWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "eval.run.failed";
}
