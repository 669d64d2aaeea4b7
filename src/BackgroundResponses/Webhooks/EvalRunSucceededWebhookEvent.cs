using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when an eval run has succeeded (type <c>eval.run.succeeded</c>, spec <c>WebhookEvalRunSucceeded</c>).</summary>
public sealed class EvalRunSucceededWebhookEvent : EvalRunWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "eval.run.succeeded";
}
