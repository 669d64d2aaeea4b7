using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="WebhookEvent"/> by its <c>type</c>.</summary>
internal sealed class WebhookEventJsonConverter : PolymorphicJsonConverter<WebhookEvent>
{
    /// <inheritdoc />
    protected override JsonSerializerContext Context => WebhookJsonContext.Default;

    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        var context = WebhookJsonContext.Default;
        if (typeValue.ValueTextEquals("response.completed"u8))
        {
            return context.ResponseCompletedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("response.failed"u8))
        {
            return context.ResponseFailedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("response.cancelled"u8))
        {
            return context.ResponseCancelledWebhookEvent;
        }

        if (typeValue.ValueTextEquals("response.incomplete"u8))
        {
            return context.ResponseIncompleteWebhookEvent;
        }

        if (typeValue.ValueTextEquals("batch.cancelled"u8))
        {
            return context.BatchCancelledWebhookEvent;
        }

        if (typeValue.ValueTextEquals("batch.completed"u8))
        {
            return context.BatchCompletedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("batch.expired"u8))
        {
            return context.BatchExpiredWebhookEvent;
        }

        if (typeValue.ValueTextEquals("batch.failed"u8))
        {
            return context.BatchFailedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("eval.run.canceled"u8))
        {
            return context.EvalRunCanceledWebhookEvent;
        }

        if (typeValue.ValueTextEquals("eval.run.failed"u8))
        {
            return context.EvalRunFailedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("eval.run.succeeded"u8))
        {
            return context.EvalRunSucceededWebhookEvent;
        }

        if (typeValue.ValueTextEquals("fine_tuning.job.cancelled"u8))
        {
            return context.FineTuningJobCancelledWebhookEvent;
        }

        if (typeValue.ValueTextEquals("fine_tuning.job.failed"u8))
        {
            return context.FineTuningJobFailedWebhookEvent;
        }

        if (typeValue.ValueTextEquals("fine_tuning.job.succeeded"u8))
        {
            return context.FineTuningJobSucceededWebhookEvent;
        }

        if (typeValue.ValueTextEquals("realtime.call.incoming"u8))
        {
            return context.RealtimeCallIncomingWebhookEvent;
        }

        if (typeValue.ValueTextEquals("live.call.incoming"u8))
        {
            return context.LiveCallIncomingWebhookEvent;
        }

        return null;
    }

    /// <inheritdoc />
    protected override WebhookEvent CreateUnknown(JsonElement rawJson) => new UnknownWebhookEvent(rawJson);
}
