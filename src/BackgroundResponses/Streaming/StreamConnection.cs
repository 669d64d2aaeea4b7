using System.Buffers;

namespace BackgroundResponses;

/// <summary>
/// One open event-stream connection: the HTTP response, its decoder and the idle timer. Disposing it
/// releases the connection at once.
/// </summary>
internal sealed class StreamConnection : IAsyncDisposable
{
    // The timer never re-arms for longer than this: it only re-checks, so a huge IdleTimeout stays valid.
    private static readonly TimeSpan MaxTimerDelay = TimeSpan.FromDays(1);

    // How much of what has already arrived is read, looking for the body's end or for a read that has to wait, before
    // closing is left to the handler's own drain (see AbortUnfinishedBody): a little more than one socket read.
    private const int MaxBufferedBytes = 16 * 1024;

    private readonly HttpResponseMessage _response;
    private readonly Stream _body;

    // One source for the reads, cancelled by the caller's token (linked only when it can be cancelled) or by the idle
    // check: a separate idle source linked with the caller's would add a second source and a registration per stream.
    private readonly CancellationTokenSource _readToken;
    private readonly ResponseEventDecoder _events;
    private readonly TimeSpan _idleTimeout;
    private readonly CancellationToken _callerToken;
    private readonly TimeProvider _timeProvider;
    private readonly ITimer? _idleCheck;

    // TimeProvider timestamp at which the pending read started; 0 while no read is pending (between events the
    // caller's processing time must not count as server silence).
    private long _readStartedAt;

    // Set before the idle check cancels _readToken, so a cancelled read can tell an idle timeout from the caller's cancel.
    private volatile bool _idledOut;

    private StreamConnection(HttpResponseMessage response, Stream body, StreamingOptions options, TimeProvider timeProvider, CancellationToken callerToken)
    {
        _response = response;
        _body = body;
        _idleTimeout = options.IdleTimeout;
        _callerToken = callerToken;
        _timeProvider = timeProvider;
        _readToken = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken) : new CancellationTokenSource();
        _events = new ResponseEventDecoder(body, options.MaxEventSize, _readToken.Token);

        // One timer per connection instead of re-arming a CancellationTokenSource twice per event (two timer-queue
        // operations under a lock): each read only stamps its start time, and the timer, when due, cancels if a
        // read has been pending for IdleTimeout, or re-arms itself for exactly the time that read still has.
        if (_idleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idleCheck = timeProvider.CreateTimer(static state => ((StreamConnection)state!).CheckIdle(), this, Clamp(_idleTimeout), Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Takes ownership of <paramref name="response"/> (a success answer whose headers have arrived).</summary>
    /// <exception cref="ResponsesSerializationException">The answer is not an event stream.</exception>
    public static async Task<StreamConnection> OpenAsync(HttpResponseMessage response, StreamingOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        try
        {
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType is not null && !mediaType.Equals("text/event-stream", StringComparison.OrdinalIgnoreCase))
            {
                throw new ResponsesSerializationException(
                    $"Expected an event stream (text/event-stream) from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath}, got '{mediaType}'.");
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new StreamConnection(response, body, options, timeProvider, cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Reads the next event, or reports how the connection ended: cleanly, or dropped (network failure or idle timeout).</summary>
    /// <exception cref="ResponsesSerializationException">An event could not be read.</exception>
    /// <exception cref="ResponsesStreamException">An event exceeds <see cref="StreamingOptions.MaxEventSize"/>.</exception>
    /// <exception cref="OperationCanceledException">The caller's token was cancelled.</exception>
    public async ValueTask<StreamRead> ReadAsync()
    {
        if (_idleCheck is not null)
        {
            // Never 0, so 0 can mean "no read pending" even on a provider whose clock starts at 0.
            Volatile.Write(ref _readStartedAt, Math.Max(_timeProvider.GetTimestamp(), 1));
        }

        try
        {
            return await _events.MoveNextAsync().ConfigureAwait(false) ? StreamRead.Of(_events.Current) : StreamRead.End;
        }
        catch (OperationCanceledException ex) when (!_callerToken.IsCancellationRequested && _idledOut)
        {
            return StreamRead.Drop(new TimeoutException($"No event arrived for {_idleTimeout} (StreamingOptions.IdleTimeout).", ex));
        }
        catch (OperationCanceledException ex) when (_callerToken.IsCancellationRequested && ex.CancellationToken != _callerToken)
        {
            // The read waited on a token linked to the idle timer; the caller's cancellation is reported with the
            // caller's token, so that "catch (OperationCanceledException e) when (e.CancellationToken == token)" works.
            throw new OperationCanceledException(ex.Message, ex, _callerToken);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return StreamRead.Drop(ex);
        }
        finally
        {
            // The silence that counts is the server's, not the time the caller spends on the event just handed out.
            if (_idleCheck is not null)
            {
                Volatile.Write(ref _readStartedAt, 0);
            }
        }
    }

    /// <summary>
    /// Closes the connection of a body that has not ended, instead of leaving it to the handler to drain: for reuse,
    /// <c>SocketsHttpHandler</c> reads an unfinished HTTP/1.1 body to its end on dispose, up to 1 MB for up to 2 s by
    /// default, and an event stream has no end to drain to (the response still runs, or a server keeps the connection
    /// open after the terminal event), so draining only holds the socket and reads bytes nobody wants. A read
    /// cancelled while it waits for bytes makes the handler close the connection at once.
    /// </summary>
    /// <remarks>
    /// A body whose end has already arrived (the usual case after a terminal event) reads to its end at once here,
    /// and its connection goes back to the pool as before. The pending read is not awaited: a stream that ignored
    /// the token must not make disposing hang; disposing the response right after ends it either way.
    /// </remarks>
    private void AbortUnfinishedBody()
    {
        if (_events.ReachedEndOfBody)
        {
            return;
        }

        using var abort = new CancellationTokenSource();
        var scratch = ArrayPool<byte>.Shared.Rent(4096);
        var pendingRead = false;
        try
        {
            for (var skipped = 0; skipped < MaxBufferedBytes;)
            {
                var pending = _body.ReadAsync(scratch, abort.Token);
                if (!pending.IsCompleted)
                {
                    pendingRead = true;
                    abort.Cancel();
                    _ = ObserveAsync(pending, scratch);
                    return;
                }

                var read = pending.Result;
                if (read == 0)
                {
                    return;
                }

                skipped += read;
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException or OperationCanceledException or NotSupportedException)
        {
            // The connection is broken or gone already: nothing is left to release but the response, disposed next.
        }
        finally
        {
            if (!pendingRead)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
        }
    }

    private static async Task ObserveAsync(ValueTask<int> pending, byte[] scratch)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException or OperationCanceledException)
        {
            // The read was cancelled to close the connection: its failure is the point.
        }
        finally
        {
            // Only once the read is over: until then the transport may still write into the buffer.
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    private static TimeSpan Clamp(TimeSpan delay) => delay < MaxTimerDelay ? delay : MaxTimerDelay;

    private void CheckIdle()
    {
        try
        {
            if (_idledOut || _readToken.IsCancellationRequested)
            {
                return;
            }

            var startedAt = Volatile.Read(ref _readStartedAt);

            // No read pending: the next one starts now at the earliest, so a full IdleTimeout from now is the
            // first moment it could be idle; with one pending, wake exactly when it would reach IdleTimeout.
            var remaining = startedAt == 0 ? _idleTimeout : _idleTimeout - _timeProvider.GetElapsedTime(startedAt);
            if (remaining <= TimeSpan.Zero)
            {
                _idledOut = true;
                _readToken.Cancel();
                return;
            }

            _idleCheck!.Change(Clamp(remaining), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The connection was disposed while the timer fired: there is nothing left to time out.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            AbortUnfinishedBody();
        }
        finally
        {
            // Dispose the response first: it aborts a read still in flight and frees the connection.
            _response.Dispose();
        }

        try
        {
            await _events.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException or OperationCanceledException)
        {
            // The body is being torn down on purpose; errors from closing it carry no information.
        }

        if (_idleCheck is not null)
        {
            await _idleCheck.DisposeAsync().ConfigureAwait(false);
        }

        _readToken.Dispose();
    }
}
