using System.Diagnostics.CodeAnalysis;
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
/// <remarks>
/// Read in this order: <see cref="ReadAsync"/> is the loop (read, deliver, or decide after a break);
/// <see cref="ReadNextAsync"/> is its read step and the one place repeats are skipped; <see cref="Decide"/> is the
/// one rule for what follows a break; <see cref="ReconnectAsync"/> gets a connection back, with Polly's retries.
/// </remarks>
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

        // MaxResumeAttempts counts connections per break: the first is immediate, the rest are Polly's retries.
        if (options.MaxResumeAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<Reconnection>
            {
                ShouldHandle = static args => ValueTask.FromResult(IsWorthAnotherConnection(args.Outcome)),
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
    /// <param name="createFirst">Builds the first request (the streaming create), sent once and never repeated; <see langword="null"/> to start with a resume GET.</param>
    /// <param name="responseId">The response id, when known up front.</param>
    /// <param name="startingAfter">The last sequence number already seen, or <see langword="null"/> for all events.</param>
    /// <param name="resumeQuery">
    /// What every resume GET adds to its query after <c>stream</c> and <c>starting_after</c> (<c>&amp;include[]=…&amp;include_obfuscation=…</c>),
    /// fixed once per stream so that every reconnection asks for the same events as the first connection; empty for nothing.
    /// </param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The connection is disposed in the iterator's finally (on break, cancel, dispose or end) or when it breaks; the analyzer does not follow an async iterator's state machine. ConnectionReleaseTests prove the release.")]
    public async IAsyncEnumerable<ResponseStreamEvent> ReadAsync(
        Func<HttpRequestMessage>? createFirst,
        string? responseId,
        int? startingAfter,
        string resumeQuery,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var position = new StreamPosition(responseId, startingAfter);
        StreamConnection? connection = null;
        try
        {
            if (createFirst is not null)
            {
                using var request = createFirst();
                var created = await _pipeline.SendForHeadersAsync(request, _options.IdleTimeout, cancellationToken).ConfigureAwait(false);
                connection = await StreamConnection.OpenAsync(created, _options, _pipeline.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            while (true)
            {
                // Events already buffered would otherwise still be handed out after the caller cancelled: a read only
                // observes the token when it has to wait for bytes.
                cancellationToken.ThrowIfCancellationRequested();

                // 1. Read the next new event: from the open connection, or from a new one when there is none.
                StreamRead read;
                StreamBreak streamBreak = default;
                if (connection is not null)
                {
                    read = await ReadNextAsync(connection, position).ConfigureAwait(false);
                }
                else
                {
                    (connection, read, streamBreak) = await ReconnectAsync(position, resumeQuery, cancellationToken).ConfigureAwait(false);
                }

                // 2. Deliver it; a terminal event ends the stream.
                if (read.Event is { } next)
                {
                    position.Deliver(next);
                    yield return next;
                    if (IsTerminal(next))
                    {
                        yield break;
                    }

                    continue;
                }

                // 3. The stream broke (the connection ended, or no connection could be had): do what Decide says.
                if (connection is not null)
                {
                    streamBreak = StreamBreak.After(read);
                    await connection.DisposeAsync().ConfigureAwait(false);
                    connection = null;
                }

                var decision = Decide(streamBreak, position, _options);
                switch (decision.Action)
                {
                    case StreamAction.Resume:
                        RecordResume(position, streamBreak);
                        continue;
                    case StreamAction.FinishByPolling:
                        yield return await FinishByPollingAsync(position, streamBreak, resumeQuery, cancellationToken).ConfigureAwait(false);
                        yield break;
                    default:
                        RecordGiveUp(decision.Error!, position);
                        throw decision.Error!;
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
    }

    /// <summary>
    /// The read step: the next event not delivered yet, or how the connection ended (cleanly, or dropped). Repeats
    /// (a sequence number at or below the cursor, as a server may replay after a resume) are skipped by <see cref="IsNew"/>.
    /// </summary>
    /// <remarks>
    /// Not an async method, like the decoder below it: when the event is already buffered (almost always) it returns
    /// without a state machine of its own, which is measurable at one call per token.
    /// </remarks>
    internal ValueTask<StreamRead> ReadNextAsync(StreamConnection connection, StreamPosition position)
    {
        while (true)
        {
            var pending = connection.ReadAsync();
            if (!pending.IsCompletedSuccessfully)
            {
                return AwaitNextAsync(pending, connection, position);
            }

            var read = pending.Result;
            if (IsNew(read, position))
            {
                return ValueTask.FromResult(read);
            }
        }
    }

    /// <summary>The one place repeats are skipped: <see langword="false"/> (and counted) for an event at or below the cursor.</summary>
    private bool IsNew(StreamRead read, StreamPosition position)
    {
        if (read.Event is not { } next || !position.IsRepeat(next))
        {
            return true;
        }

        position.RepeatsSkipped++;
        ResponsesTelemetry.DuplicateEventsDropped.Add(1, _serverTag);
        return false;
    }

    private async ValueTask<StreamRead> AwaitNextAsync(ValueTask<StreamRead> pending, StreamConnection connection, StreamPosition position)
    {
        // Only reached when the connection had to wait for bytes; from there on, loop like the synchronous path.
        while (true)
        {
            var read = await pending.ConfigureAwait(false);
            if (IsNew(read, position))
            {
                return read;
            }

            pending = connection.ReadAsync();
        }
    }

    /// <summary>The one rule for what follows a break: resume, finish by polling, or give up (and with which exception).</summary>
    /// <param name="streamBreak">What stopped the events.</param>
    /// <param name="position">What was delivered before it.</param>
    /// <param name="options">The streaming options (<see cref="StreamingOptions.MaxResumeAttempts"/>, <see cref="StreamingOptions.FallBackToPolling"/>).</param>
    /// <returns>The decision.</returns>
    internal static StreamDecision Decide(StreamBreak streamBreak, StreamPosition position, StreamingOptions options)
    {
        var (id, last, cause) = (position.ResponseId, position.LastSequenceNumber, streamBreak.Cause);
        switch (streamBreak.Kind)
        {
            case StreamBreakKind.Finished:
                return StreamDecision.FinishByPolling;
            case StreamBreakKind.Refused:
                return options.FallBackToPolling
                    ? StreamDecision.FinishByPolling
                    : GiveUp($"The server refused to stream response {id} again ({(cause as ResponsesApiException)?.ErrorMessage}), and StreamingOptions.FallBackToPolling is off.", id, last);
            case StreamBreakKind.Exhausted:
                return GiveUp($"Could not {(position.Delivered == 0 ? "open" : "resume")} the stream of response {id} after {streamBreak.Attempts} attempt(s): {cause.Message}", id, last);
        }

        // Ended or Dropped: the connection being read is gone.
        if (position.ErrorEvent is { } error)
        {
            // The server reported an error and no terminal event followed: the response failed.
            return StreamDecision.GiveUp(new ResponseErrorEventException(error));
        }

        if (last is null && position.Delivered > 0)
        {
            // Without sequence numbers a resume would replay the whole stream: refuse rather than duplicate.
            return GiveUp("The stream was lost, and it cannot be resumed without repeating events: the server sends no sequence_number.", id, null);
        }

        if (id is null)
        {
            return GiveUp("The stream was lost before its first event, so the response id is unknown and it cannot be resumed. A background response may have been created.", null, null);
        }

        return options.MaxResumeAttempts == 0
            ? GiveUp($"The stream of response {id} was lost after event {last} and StreamingOptions.MaxResumeAttempts is 0.", id, last)
            : StreamDecision.Resume;

        StreamDecision GiveUp(string message, string? responseId, int? lastSequenceNumber) =>
            StreamDecision.GiveUp(new ResponsesStreamException(message, responseId, lastSequenceNumber, cause));
    }

    /// <summary>Transient errors, and connections that brought nothing new (a drop, or a clean end while the response still runs).</summary>
    private static bool IsWorthAnotherConnection(Outcome<Reconnection> outcome) => outcome.Exception is { } exception
        ? TransientFailures.IsTransient(exception)
        : outcome.Result is { Connection: null, Break.Kind: StreamBreakKind.Ended or StreamBreakKind.Dropped };

    private static bool IsTerminal(ResponseStreamEvent streamEvent) =>
        streamEvent is ResponseCompletedEvent or ResponseFailedEvent or ResponseIncompleteEvent;

    /// <summary>The server's answer when a response cannot be streamed again (too old, or not a background response).</summary>
    private static bool IsRestreamRefused(ResponsesApiException exception) =>
        exception.Status == 400
        && (exception.Param == "stream"
            || exception.ErrorMessage?.Contains("can no longer be streamed", StringComparison.OrdinalIgnoreCase) == true
            || exception.ErrorMessage?.Contains("cannot be streamed", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Gets a connection that brings a new event: one connection per attempt (<see cref="ConnectOnceAsync"/>), and
    /// Polly's retries, with backoff and Retry-After, up to <see cref="StreamingOptions.MaxResumeAttempts"/> connections.
    /// Returning on the first new event is what gives every later break a full budget again.
    /// </summary>
    /// <returns>The connection and its first new event, or a <see cref="StreamBreakKind.Finished"/>, <see cref="StreamBreakKind.Refused"/> or <see cref="StreamBreakKind.Exhausted"/> break.</returns>
    private async Task<Reconnection> ReconnectAsync(StreamPosition position, string resumeQuery, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var repeatsBefore = position.RepeatsSkipped;
        Reconnection reconnection;
        try
        {
            reconnection = await _reconnect.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await ConnectOnceAsync(position, resumeQuery, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesApiException refused) when (IsRestreamRefused(refused))
        {
            return Reconnection.Failed(new StreamBreak(StreamBreakKind.Refused, refused));
        }
        catch (Exception failure) when (TransientFailures.IsTransient(failure))
        {
            return Reconnection.Failed(new StreamBreak(StreamBreakKind.Exhausted, failure, Attempts: attempts));
        }

        if (reconnection.Connection is not null)
        {
            if (position.Resumes > 0)
            {
                Log.StreamResumed(_logger, position.ResponseId!, reconnection.First.Event!.SequenceNumber, attempts, position.RepeatsSkipped - repeatsBefore);
            }

            return reconnection;
        }

        // Polly hands back the last attempt once the budget is spent: a drop or an empty clean end is then final.
        return reconnection.Break.Kind is StreamBreakKind.Ended or StreamBreakKind.Dropped
            ? Reconnection.Failed(reconnection.Break with { Kind = StreamBreakKind.Exhausted, Attempts = attempts })
            : reconnection;
    }

    /// <summary>One reconnection: <c>GET /responses/{id}?stream=true&amp;starting_after=N</c>, read up to its first new event.</summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "Disposed asynchronously in the finally unless ownership passes to the caller with the first new event; the analyzer follows neither DisposeAsync nor the hand-over into the returned struct.")]
    private async Task<Reconnection> ConnectOnceAsync(StreamPosition position, string resumeQuery, CancellationToken cancellationToken)
    {
        var id = position.ResponseId!;
        var query = (position.LastSequenceNumber is { } after
            ? "?stream=true&starting_after=" + after.ToString(CultureInfo.InvariantCulture)
            : "?stream=true") + resumeQuery;
        using var request = _pipeline.CreateRequest(RequestKind.Stream, HttpMethod.Get, _pipeline.Endpoint.Response(id, query));
        var http = await _pipeline.SendForHeadersAsync(request, _options.IdleTimeout, cancellationToken).ConfigureAwait(false);
        StreamConnection? connection = await StreamConnection.OpenAsync(http, _options, _pipeline.TimeProvider, cancellationToken).ConfigureAwait(false);
        StreamRead first;
        try
        {
            first = await ReadNextAsync(connection, position).ConfigureAwait(false);
            if (first.Event is not null)
            {
                // The caller owns the connection from here on.
                var open = connection;
                connection = null;
                return new Reconnection(open, first, default);
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        var streamBreak = StreamBreak.After(first);
        if (streamBreak.Kind == StreamBreakKind.Dropped)
        {
            return Reconnection.Failed(streamBreak);
        }

        // A clean end with nothing new: a response that finished without a terminal event (a cancelled one has
        // none) is done; otherwise the body was merely cut short again.
        var current = await _polling.RetrieveAsync(id, RetrieveQuery(resumeQuery), cancellationToken).ConfigureAwait(false);
        return Reconnection.Failed(current.Status is { IsPending: true } ? streamBreak : streamBreak with { Kind = StreamBreakKind.Finished, Final = current });
    }

    /// <summary>The stream's own parameters as the query of a plain retrieve, so that a response fetched by polling carries the same includes as the streamed one.</summary>
    private static string RetrieveQuery(string resumeQuery) => resumeQuery.Length == 0 ? string.Empty : "?" + resumeQuery[1..];

    private async Task<ResponsePolledEvent> FinishByPollingAsync(StreamPosition position, StreamBreak streamBreak, string resumeQuery, CancellationToken cancellationToken)
    {
        var id = position.ResponseId!;
        var final = streamBreak.Final;
        if (final is null)
        {
            Log.StreamPollingFallback(_logger, id, streamBreak.Cause.Message);
            ResponsesTelemetry.StreamPollingFallbacks.Add(1, _serverTag);
            ResponsesTelemetry.RecordPollingFallback();

            // No span of its own: the polling belongs to the stream's span (one span per public call).
            final = await _polling.WaitAsync(id, RetrieveQuery(resumeQuery), _options.Polling, progress: null, initial: null, activity: null, cancellationToken).ConfigureAwait(false);
        }

        // No SequenceNumber: this event has no place in the server's stream, so it can never look like a repeat.
        return new ResponsePolledEvent { Response = final, ResponseId = id, Cause = streamBreak.Cause };
    }

    private void RecordResume(StreamPosition position, StreamBreak streamBreak)
    {
        position.Resumes++;
        Log.StreamResuming(_logger, position.ResponseId!, position.LastSequenceNumber, streamBreak.Reason);
        ResponsesTelemetry.StreamResumes.Add(1, _serverTag);
        ResponsesTelemetry.RecordResume();
    }

    private void RecordGiveUp(Exception error, StreamPosition position)
    {
        if (error is ResponsesStreamException)
        {
            // Debug only: the exception thrown to the caller is the report.
            Log.StreamGaveUp(_logger, error.InnerException ?? error, position.ResponseId, position.LastSequenceNumber);
        }
    }

    /// <summary>The outcome of <see cref="ReconnectAsync"/>: a connection and its first new event, or the break that prevented one.</summary>
    /// <remarks>
    /// A class, not a struct: Polly's generic pipeline, retry and timeout code is then shared with every other reference-type
    /// result instead of being compiled again for this value type, 180 KB of a Native AOT image (docs/benchmarks.md, issue 12).
    /// One allocation per reconnection is nothing next to the request it stands for.
    /// </remarks>
    private sealed record Reconnection(StreamConnection? Connection, StreamRead First, StreamBreak Break)
    {
        public static Reconnection Failed(StreamBreak streamBreak) => new(null, StreamRead.End, streamBreak);
    }
}
