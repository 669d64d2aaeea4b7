using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore;

/// <summary>
/// The webhook endpoint's log messages, source-generated. A rejected delivery is logged at Warning with the reason
/// only: OpenAI gets a bare status code, so the log is the one place the cause is told. Secrets, signatures and bodies
/// are never logged, at any level.
/// </summary>
/// <remarks>Event ids: the 5000s (the core package uses 1000 to 4999).</remarks>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, EventName = "WebhookRejected", Level = LogLevel.Warning,
        Message = "Rejected a webhook delivery to {Path} with {StatusCode}: {Reason} (header {HeaderName}).")]
    public static partial void WebhookRejected(ILogger logger, string path, int statusCode, WebhookVerificationFailure reason, string? headerName);

    [LoggerMessage(EventId = 5002, EventName = "WebhookBodyTooLarge", Level = LogLevel.Warning,
        Message = "Rejected a webhook delivery to {Path} with 413: its body is larger than MaxBodyBytes ({MaxBodyBytes} bytes).")]
    public static partial void WebhookBodyTooLarge(ILogger logger, string path, long maxBodyBytes);

    /// <summary>The exception is not passed: its message may be the JSON reader's, which can quote the body.</summary>
    [LoggerMessage(EventId = 5003, EventName = "WebhookBodyUnreadable", Level = LogLevel.Warning,
        Message = "Rejected webhook delivery {WebhookId} to {Path} with 400: the signature holds but the body is not a webhook event.")]
    public static partial void WebhookBodyUnreadable(ILogger logger, string webhookId, string path);

    [LoggerMessage(EventId = 5004, EventName = "WebhookDuplicate", Level = LogLevel.Information,
        Message = "Webhook delivery {WebhookId} ({EventType}, event {EventId}) was handled before; acknowledged without running the handler.")]
    public static partial void WebhookDuplicate(ILogger logger, string webhookId, string eventType, string eventId);

    [LoggerMessage(EventId = 5005, EventName = "WebhookHandled", Level = LogLevel.Debug,
        Message = "Webhook delivery {WebhookId} ({EventType}, event {EventId}) handled in {ElapsedMilliseconds} ms.")]
    public static partial void WebhookHandled(ILogger logger, string webhookId, string eventType, string eventId, double elapsedMilliseconds);

    [LoggerMessage(EventId = 5006, EventName = "WebhookHandlerFailed", Level = LogLevel.Error,
        Message = "The handler of webhook delivery {WebhookId} ({EventType}, event {EventId}) failed; answered 500, so OpenAI will deliver it again.")]
    public static partial void WebhookHandlerFailed(ILogger logger, Exception exception, string webhookId, string eventType, string eventId);

    [LoggerMessage(EventId = 5007, EventName = "WebhookDeduplicationLookupFailed", Level = LogLevel.Warning,
        Message = "Could not look webhook delivery {WebhookId} up in the distributed cache; running the handler anyway (it may have run before).")]
    public static partial void WebhookDeduplicationLookupFailed(ILogger logger, Exception exception, string webhookId);

    [LoggerMessage(EventId = 5008, EventName = "WebhookDeduplicationRecordFailed", Level = LogLevel.Warning,
        Message = "Webhook delivery {WebhookId} was handled but could not be recorded in the distributed cache; a redelivery of it would run the handler again.")]
    public static partial void WebhookDeduplicationRecordFailed(ILogger logger, Exception exception, string webhookId);

    [LoggerMessage(EventId = 5009, EventName = "WebhookAbandoned", Level = LogLevel.Debug,
        Message = "Webhook delivery {WebhookId} was abandoned: the sender closed the request before the handler finished; OpenAI will deliver it again.")]
    public static partial void WebhookAbandoned(ILogger logger, string webhookId);
}
