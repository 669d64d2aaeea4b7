using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BackgroundResponses;

/// <summary>
/// Delivers a response's events as one uninterrupted sequence: when a connection drops, goes idle or ends
/// before a terminal event, it reconnects with <c>starting_after</c> = the last event delivered, drops any
/// repeated event, and goes on; when the server refuses to resume, it finishes by polling.
/// </summary>
internal sealed class ResumableEventStream
{
    private readonly ResponsesHttpPipeline _pipeline;
    private readonly StreamingOptions _options;
    private readonly ResponsePollingPipeline _polling;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<Reconnection> _reconnect;
    private readonly KeyValuePair<string, object?> _serverTag;

    public ResumableEventStream(ResponsesHttpPipeline pipeline, StreamingOptions options, ResponsePollingPipeline polling, TimeSpan maxRetryAfter, ILogger logger)
    {
        _pipeline = pipeline;
        _options = options;
        _polling = polling;
        _logger = logger;
        _serverTag = new("server.address", pipeline.Endpoint.BaseAddress.Host);
        var builder = new ResiliencePipelineBuilder<Reconnection> { TimeProvider = pipeline.TimeProvider };

        // MaxResumeAttempts counts connections per drop: the first is immediate, the rest are Polly's retries.
        if (options.MaxResumeAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<Reconnection>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && IsTransient(ex)),
                MaxRetryAttempts = options.MaxResumeAttempts - 1,

                // Every delay comes from the SDK's one backoff and Retry-After rule (Backoff, RetryAfterParser).
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfterParser.ChooseDelay(
                    Backoff.Compute(options.ResumeDelay, 2, options.MaxResumeDelay, args.AttemptNumber, Random.Shared.NextDouble()),
                    (args.Outcome.Exception as ResponsesApiException)?.RetryAfter,
                    maxRetryAfter)),
            });
        }

        _reconnect = builder.Build();
    }

    /// <summary>Reads the events of a response.</summary>
    /// <param name="openFirst">Opens the first connection (the streaming create); <see langword="null"/> to start with a resume GET.</param>
    /// <param name="responseId">The response id, when known up front.</param>
    /// <param name="startingAfter">The last sequence number already seen, or <see langword="null"/> for all events.</param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    public async IAsyncEnumerable<ResponseStreamEvent> ReadAsync(
        Func<CancellationToken, Task<HttpResponseMessage>>? openFirst,
        string? responseId,
        int? startingAfter,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var id = responseId;
        var cursor = startingAfter;
        ResponseErrorEvent? errorEvent = null;
        StreamConnection? connection = null;
        Reconnection? finished = null;
        var resuming = false;
        var delivered = 0;
        try
        {
            if (openFirst is not null)
            {
                var first = await openFirst(cancellationToken).ConfigureAwait(false);
                connection = await StreamConnection.OpenAsync(first, _options, _pipeline.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                ResponseStreamEvent next;
                if (connection is null)
                {
                    var reconnection = await ConnectAsync(id!, cursor, resuming, cancellationToken).ConfigureAwait(false);
                    if (reconnection.Connection is null)
                    {
                        finished = reconnection;
                        break;
                    }

                    connection = reconnection.Connection;
                    next = reconnection.FirstEvent!;
                }
                else
                {
                    try
                    {
                        next = await connection.NextAsync().ConfigureAwait(false);
                    }
                    catch (StreamDroppedException drop)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        connection = null;
                        if (errorEvent is not null)
                        {
                            throw new ResponseErrorEventException(errorEvent);
                        }

                        if (cursor is null && delivered > 0)
                        {
                            // Without sequence numbers a resume would replay the whole stream: refuse rather than duplicate.
                            throw new ResponsesStreamException(
                                "The stream was lost, and it cannot be resumed without repeating events: the server sends no sequence_number.",
                                id,
                                lastSequenceNumber: null,
                                drop.InnerException ?? drop);
                        }

                        if (id is null)
                        {
                            throw new ResponsesStreamException(
                                "The stream was lost before its first event, so the response id is unknown and it cannot be resumed. A background response may have been created.",
                                responseId: null,
                                lastSequenceNumber: null,
                                drop.InnerException ?? drop);
                        }

                        if (_options.MaxResumeAttempts == 0)
                        {
                            throw new ResponsesStreamException(
                                $"The stream of response {id} was lost after event {cursor} and StreamingOptions.MaxResumeAttempts is 0.",
                                id,
                                cursor,
                                drop.InnerException ?? drop);
                        }

                        Log.StreamResuming(_logger, id, cursor, drop.Message);
                        ResponsesTelemetry.StreamResumes.Add(1, _serverTag);
                        ResponsesTelemetry.RecordResume();
                        resuming = true;
                        continue;
                    }

                    if (IsRepeat(next, cursor))
                    {
                        ResponsesTelemetry.DuplicateEventsDropped.Add(1, _serverTag);
                        continue;
                    }
                }

                if (id is null && next is ResponseLifecycleEvent { Response.Id: { Length: > 0 } createdId })
                {
                    id = createdId;
                }

                next.ResponseId = id;
                delivered++;
                cursor = next.SequenceNumber ?? cursor;

                yield return next;

                if (IsTerminal(next))
                {
                    yield break;
                }

                if (next is ResponseErrorEvent error)
                {
                    errorEvent = error;
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        yield return await FinishByPollingAsync(id!, finished!.Value, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsTerminal(ResponseStreamEvent streamEvent) =>
        streamEvent is ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent or ResponsePolledEvent;

    // Lifted comparison: an event without a number, or no cursor yet, is never a repeat.
    private static bool IsRepeat(ResponseStreamEvent streamEvent, int? cursor) => streamEvent.SequenceNumber <= cursor;

    private static bool IsTransient(Exception exception) =>
        exception is StreamDroppedException || TransientFailures.IsTransient(exception);

    /// <summary>The server's answer when a response cannot be streamed again (too old, or not a background response).</summary>
    private static bool IsRestreamRefused(ResponsesApiException exception) =>
        exception.Status == 400
        && (exception.Param == "stream"
            || exception.ErrorMessage?.Contains("can no longer be streamed", StringComparison.OrdinalIgnoreCase) == true
            || exception.ErrorMessage?.Contains("cannot be streamed", StringComparison.OrdinalIgnoreCase) == true);

    private async Task<Reconnection> ConnectAsync(string responseId, int? cursor, bool resuming, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var duplicates = 0;
        try
        {
            var reconnection = await _reconnect.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    var query = cursor is { } after
                        ? "?stream=true&starting_after=" + after.ToString(CultureInfo.InvariantCulture)
                        : "?stream=true";
                    using var request = _pipeline.CreateRequest(RequestKind.Stream, HttpMethod.Get, _pipeline.Endpoint.Response(responseId, query));
                    var http = await _pipeline.SendCheckedAsync(request, token).ConfigureAwait(false);
                    var connection = await StreamConnection.OpenAsync(http, _options, _pipeline.TimeProvider, token).ConfigureAwait(false);
                    try
                    {
                        while (true)
                        {
                            ResponseStreamEvent next;
                            try
                            {
                                next = await connection.NextAsync().ConfigureAwait(false);
                            }
                            catch (StreamDroppedException drop) when (drop.CleanEnd)
                            {
                                // Nothing new and a clean end: a response that finished without a terminal
                                // event (a cancelled one has none) is done; otherwise this was just a drop.
                                var current = await _polling.RetrieveAsync(responseId, token).ConfigureAwait(false);
                                if (current.Status is not { IsPending: true })
                                {
                                    return new Reconnection(null, null, current, drop);
                                }

                                throw;
                            }

                            if (!IsRepeat(next, cursor))
                            {
                                return new Reconnection(connection, next, null, null);
                            }

                            duplicates++;
                            ResponsesTelemetry.DuplicateEventsDropped.Add(1, _serverTag);
                        }
                    }
                    catch
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        throw;
                    }
                },
                cancellationToken).ConfigureAwait(false);

            if (reconnection.Connection is not null && resuming)
            {
                Log.StreamResumed(_logger, responseId, reconnection.FirstEvent!.SequenceNumber, attempts, duplicates);
            }

            return reconnection;
        }
        catch (ResponsesApiException refused) when (IsRestreamRefused(refused))
        {
            if (!_options.FallBackToPolling)
            {
                throw new ResponsesStreamException(
                    $"The server refused to stream response {responseId} again ({refused.ErrorMessage}), and StreamingOptions.FallBackToPolling is off.",
                    responseId,
                    cursor,
                    refused);
            }

            return new Reconnection(null, null, null, refused);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            var cause = ex is StreamDroppedException { InnerException: { } inner } ? inner : ex;
            Log.StreamGaveUp(_logger, cause, responseId, cursor);
            throw new ResponsesStreamException(
                $"Could not resume the stream of response {responseId} after {attempts} attempt(s): {cause.Message}",
                responseId,
                cursor,
                cause);
        }
    }

    private async Task<ResponsePolledEvent> FinishByPollingAsync(string responseId, Reconnection finished, CancellationToken cancellationToken)
    {
        var final = finished.Final;
        if (final is null)
        {
            Log.StreamPollingFallback(_logger, responseId, finished.Cause?.Message ?? "refused");
            ResponsesTelemetry.StreamPollingFallbacks.Add(1, _serverTag);
            final = await _polling.WaitAsync(responseId, _options.Polling, progress: null, initial: null, cancellationToken).ConfigureAwait(false);
        }

        // No SequenceNumber: this event has no place in the server's stream, so it can never look like a repeat.
        return new ResponsePolledEvent
        {
            Response = final,
            ResponseId = responseId,
            Cause = finished.Cause,
        };
    }

    /// <summary>The outcome of one (re)connection: an open connection and its first new event, or a final response.</summary>
    private readonly record struct Reconnection(StreamConnection? Connection, ResponseStreamEvent? FirstEvent, ModelResponse? Final, Exception? Cause);
}
