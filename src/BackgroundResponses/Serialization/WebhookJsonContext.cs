using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The source-generated serializer context of webhook events, with the same settings as <see cref="ResponsesJsonContext"/>.
/// </summary>
/// <remarks>
/// A context of its own because a context's <c>GetTypeInfo(Type)</c> switch reaches every type it registers: in
/// <see cref="ResponsesJsonContext"/> the webhook events were compiled into every Native AOT application, also those
/// that never read a webhook (270 KB of a create-and-stream image; docs/benchmarks.md, issue 12). Only <see cref="ResponsesWebhookVerifier"/>
/// reaches this one.
/// </remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    WriteIndented = false)]
[JsonSerializable(typeof(WebhookEvent))]
[JsonSerializable(typeof(ResponseCompletedWebhookEvent))]
[JsonSerializable(typeof(ResponseFailedWebhookEvent))]
[JsonSerializable(typeof(ResponseCancelledWebhookEvent))]
[JsonSerializable(typeof(ResponseIncompleteWebhookEvent))]
[JsonSerializable(typeof(BatchCancelledWebhookEvent))]
[JsonSerializable(typeof(BatchCompletedWebhookEvent))]
[JsonSerializable(typeof(BatchExpiredWebhookEvent))]
[JsonSerializable(typeof(BatchFailedWebhookEvent))]
[JsonSerializable(typeof(EvalRunCanceledWebhookEvent))]
[JsonSerializable(typeof(EvalRunFailedWebhookEvent))]
[JsonSerializable(typeof(EvalRunSucceededWebhookEvent))]
[JsonSerializable(typeof(FineTuningJobCancelledWebhookEvent))]
[JsonSerializable(typeof(FineTuningJobFailedWebhookEvent))]
[JsonSerializable(typeof(FineTuningJobSucceededWebhookEvent))]
[JsonSerializable(typeof(RealtimeCallIncomingWebhookEvent))]
[JsonSerializable(typeof(LiveCallIncomingWebhookEvent))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext
{
}
