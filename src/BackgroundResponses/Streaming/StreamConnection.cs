namespace BackgroundResponses;

/// <summary>
/// One open event-stream connection: the HTTP response, its decoder and the idle timer. Disposing it
/// releases the connection at once.
/// </summary>
internal sealed class StreamConnection : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly CancellationTokenSource _idleTimer;
    private readonly CancellationTokenSource _readToken;
    private readonly IAsyncEnumerator<ResponseStreamEvent> _events;
    private readonly TimeSpan _idleTimeout;
    private readonly CancellationToken _callerToken;

    private StreamConnection(HttpResponseMessage response, Stream body, StreamingOptions options, TimeProvider timeProvider, CancellationToken callerToken)
    {
        _response = response;
        _idleTimeout = options.IdleTimeout;
        _callerToken = callerToken;
        _idleTimer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        _readToken = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _idleTimer.Token);
        _events = ResponseEventDecoder.ReadAsync(body, options.MaxEventSize, _readToken.Token).GetAsyncEnumerator(_readToken.Token);
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

    /// <summary>Reads the next event, or throws <see cref="StreamDroppedException"/> when the connection ends without one.</summary>
    public async ValueTask<ResponseStreamEvent> NextAsync()
    {
        if (_idleTimeout != Timeout.InfiniteTimeSpan)
        {
            _idleTimer.CancelAfter(_idleTimeout);
        }

        try
        {
            if (await _events.MoveNextAsync().ConfigureAwait(false))
            {
                return _events.Current;
            }
        }
        catch (OperationCanceledException ex) when (!_callerToken.IsCancellationRequested && _idleTimer.IsCancellationRequested)
        {
            throw new StreamDroppedException($"No event arrived for {_idleTimeout} (StreamingOptions.IdleTimeout).", cleanEnd: false, new TimeoutException(ex.Message, ex));
        }
        catch (IOException ex)
        {
            throw new StreamDroppedException("The connection was lost: " + ex.Message, cleanEnd: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new StreamDroppedException("The connection was lost: " + ex.Message, cleanEnd: false, ex);
        }
        finally
        {
            // The silence that counts is the server's, not the time the caller spends on the event just handed out.
            if (_idleTimeout != Timeout.InfiniteTimeSpan && !_idleTimer.IsCancellationRequested)
            {
                _idleTimer.CancelAfter(Timeout.InfiniteTimeSpan);
            }
        }

        throw new StreamDroppedException("The stream ended before a terminal event.", cleanEnd: true);
    }

    public async ValueTask DisposeAsync()
    {
        // Dispose the response first: it aborts a read still in flight and frees the connection.
        _response.Dispose();
        try
        {
            await _events.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or ObjectDisposedException or OperationCanceledException)
        {
            // The body is being torn down on purpose; errors from closing it carry no information.
        }

        _readToken.Dispose();
        _idleTimer.Dispose();
    }
}
