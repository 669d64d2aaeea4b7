using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Sent when an eval run has been canceled (type <c>eval.run.canceled</c>, spec <c>WebhookEvalRunCanceled</c>).</summary>
public sealed class EvalRunCanceledWebhookEvent : EvalRunWebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "eval.run.canceled";
}
