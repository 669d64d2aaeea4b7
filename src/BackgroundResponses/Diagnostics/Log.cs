using Microsoft.Extensions.Logging;

namespace BackgroundResponses;

/// <summary>
/// The SDK's log messages, source-generated. Self-healing steps (retries, resumes) log at Information;
/// give-ups that are thrown to the caller log at Debug only (the caller's exception is the report, and logging it
/// again at Warning would report one failure twice); Warning is kept for what nobody is told otherwise (a best-effort
/// cancel that failed); payloads never appear above Trace; the API key and Authorization header never appear.
/// </summary>
/// <remarks>Event id ranges: 1000s streaming, 2000s HTTP and retries, 3000s polling, 4000s client calls and configuration.</remarks>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, EventName = "StreamResuming", Level = LogLevel.Information,
        Message = "Stream of response {ResponseId} interrupted after event {LastSequenceNumber} ({Reason}); resuming with starting_after.")]
    public static partial void StreamResuming(ILogger logger, string responseId, int? lastSequenceNumber, string reason);

    [LoggerMessage(EventId = 1002, EventName = "StreamResumed", Level = LogLevel.Information,
        Message = "Stream of response {ResponseId} resumed at event {SequenceNumber} after {Attempts} attempt(s); {DuplicatesDropped} repeated event(s) dropped.")]
    public static partial void StreamResumed(ILogger logger, string responseId, int? sequenceNumber, int attempts, int duplicatesDropped);

    [LoggerMessage(EventId = 1003, EventName = "StreamPollingFallback", Level = LogLevel.Information,
        Message = "The server refused to resume the stream of response {ResponseId} ({Reason}); finishing by polling.")]
    public static partial void StreamPollingFallback(ILogger logger, string responseId, string reason);

    [LoggerMessage(EventId = 1004, EventName = "StreamGaveUp", Level = LogLevel.Debug,
        Message = "Gave up resuming the stream of response {ResponseId} after event {LastSequenceNumber}.")]
    public static partial void StreamGaveUp(ILogger logger, Exception exception, string? responseId, int? lastSequenceNumber);

    [LoggerMessage(EventId = 2001, EventName = "HttpRetrying", Level = LogLevel.Information,
        Message = "{Method} {Path} failed ({Reason}); retry {Attempt} in {Delay}.")]
    public static partial void HttpRetrying(ILogger logger, string method, string path, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 2002, EventName = "BearerTokenRejected", Level = LogLevel.Information,
        Message = "{Method} {Path} answered 401 to the bearer token; {Action}.")]
    public static partial void BearerTokenRejected(ILogger logger, string method, string path, string action);

    [LoggerMessage(EventId = 4001, EventName = "RequestCompleted", Level = LogLevel.Debug,
        Message = "{Method} {Path} answered {StatusCode} in {ElapsedMilliseconds} ms.")]
    public static partial void RequestCompleted(ILogger logger, string method, string path, int statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4002, EventName = "RequestFailed", Level = LogLevel.Debug,
        Message = "{Method} {Path} failed after {ElapsedMilliseconds} ms without an answer.")]
    public static partial void RequestFailed(ILogger logger, Exception exception, string method, string path, double elapsedMilliseconds);

    /// <summary>The request body: prompts and user data, hence Trace only.</summary>
    [LoggerMessage(EventId = 4003, EventName = "RequestBody", Level = LogLevel.Trace,
        Message = "{Method} {Path} request body: {Body}")]
    public static partial void RequestBody(ILogger logger, string method, string path, string body);

    /// <summary>The response body of a JSON call: model output, hence Trace only.</summary>
    [LoggerMessage(EventId = 4004, EventName = "ResponseBody", Level = LogLevel.Trace,
        Message = "{Operation} answered {StatusCode} with body: {Body}")]
    public static partial void ResponseBody(ILogger logger, string operation, int statusCode, string body);

    [LoggerMessage(EventId = 3001, EventName = "PollStatusChanged", Level = LogLevel.Debug,
        Message = "Response {ResponseId} is {Status} (was {PreviousStatus}) after {Polls} poll(s).")]
    public static partial void PollStatusChanged(ILogger logger, string responseId, string status, string? previousStatus, int polls);

    [LoggerMessage(EventId = 3002, EventName = "PollRetrying", Level = LogLevel.Information,
        Message = "Polling response {ResponseId} failed ({Reason}); polling again in {Delay}.")]
    public static partial void PollRetrying(ILogger logger, string responseId, string reason, TimeSpan delay);

    [LoggerMessage(EventId = 3003, EventName = "PollTimedOut", Level = LogLevel.Debug,
        Message = "Gave up waiting for response {ResponseId} after {Elapsed}: still {Status}; cancel on the server requested: {CancelRequested}.")]
    public static partial void PollTimedOut(ILogger logger, string responseId, TimeSpan elapsed, string? status, bool cancelRequested);

    [LoggerMessage(EventId = 3004, EventName = "PollGaveUp", Level = LogLevel.Debug,
        Message = "Gave up waiting for response {ResponseId} after {Polls} poll(s): a failure that is not transient, or too many retrieves in a row without an answer.")]
    public static partial void PollGaveUp(ILogger logger, Exception exception, string responseId, int polls);

    [LoggerMessage(EventId = 3005, EventName = "PollCancelFailed", Level = LogLevel.Warning,
        Message = "Cancelling response {ResponseId} on the server after the wait ended failed; the job may still be running.")]
    public static partial void PollCancelFailed(ILogger logger, Exception exception, string responseId);

    /// <summary>The same failure when it travels to the caller as <see cref="ResponsesPollingTimeoutException.CancelException"/>: not worth a Warning of its own.</summary>
    [LoggerMessage(EventId = 3007, EventName = "PollCancelOnTimeoutFailed", Level = LogLevel.Debug,
        Message = "Cancelling response {ResponseId} on the server after MaxWait failed; the failure is reported on the timeout exception.")]
    public static partial void PollCancelOnTimeoutFailed(ILogger logger, Exception exception, string responseId);

    [LoggerMessage(EventId = 3006, EventName = "CancelAnsweredWithError", Level = LogLevel.Information,
        Message = "The server refused to cancel response {ResponseId} with HTTP {Status} (it had probably finished already); retrieving its final state.")]
    public static partial void CancelAnsweredWithError(ILogger logger, string responseId, int status);
}
