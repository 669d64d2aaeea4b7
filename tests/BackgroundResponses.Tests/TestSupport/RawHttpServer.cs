using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>
/// A loopback HTTP/1.1 server written by hand on a <see cref="TcpListener"/>: it reads one request per connection and
/// lets the test write every byte of the answer (or none). It watches each connection for the client closing it, so a
/// test can assert that a connection was released, and when.
/// </summary>
public sealed class RawHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<RawHttpExchange, Task> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<RawHttpExchange, byte> _open = new();
    private readonly ConcurrentQueue<RawHttpExchange> _all = new();
    private readonly Task _accepting;
    private int _connections;

    /// <param name="handle">Writes the answer to one request. When it returns, the server closes the connection.</param>
    public RawHttpServer(Func<RawHttpExchange, Task> handle)
    {
        _handle = handle;
        _listener.Start(backlog: 1024);
        _accepting = AcceptAsync();
    }

    public Uri V1 => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    /// <summary>Connections accepted and not closed yet, by either side (counting those whose request is still being read).</summary>
    public int OpenConnections => Volatile.Read(ref _connections);

    /// <summary>Every exchange so far, in the order the requests were read.</summary>
    public IReadOnlyCollection<RawHttpExchange> Exchanges => _all;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var exchange in _open.Keys)
        {
            exchange.Abort();
        }

        await _accepting;
        _stop.Dispose();
    }

    /// <summary>
    /// Waits until no connection is open (the client closed or the server finished every one), or fails after
    /// <paramref name="timeout"/>. After it, <see cref="Exchanges"/> holds every request that reached the server.
    /// </summary>
    public async Task WaitUntilNoneOpenAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (OpenConnections > 0)
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"{OpenConnections} connection(s) still open after {timeout}: {string.Join(", ", _open.Keys.Select(e => e.Target))}");
            }

            await Task.Delay(10);
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                _ = ServeAsync(socket);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        socket.NoDelay = true;
        var stream = new NetworkStream(socket, ownsSocket: true);
        RawHttpExchange? exchange = null;
        try
        {
            var head = await ReadHeadAsync(stream, _stop.Token);
            if (head is null)
            {
                return;
            }

            exchange = new RawHttpExchange(stream, head.Value.RequestLine, head.Value.Body);
            _open.TryAdd(exchange, 0);
            _all.Enqueue(exchange);
            exchange.WatchForClose();
            await _handle(exchange);
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            // The client closed or reset the connection while the test's answer was being written (a write can see
            // that before the watching read does): that is what these tests provoke.
            exchange?.MarkClosed();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or OperationCanceledException)
        {
            // Stopped, or the client went away while the answer waited (ClientGone).
        }
        finally
        {
            if (exchange is not null)
            {
                exchange.Abort();
                _open.TryRemove(exchange, out _);
            }
            else
            {
                await stream.DisposeAsync();
            }

            Interlocked.Decrement(ref _connections);
        }
    }

    /// <summary>Reads the request line, the headers and a Content-Length body; <see langword="null"/> if the client closed first.</summary>
    private static async Task<(string RequestLine, string Body)?> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return null;
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                continue;
            }

            var head = Encoding.ASCII.GetString(buffer, 0, end);
            var lines = head.Split("\r\n");
            var contentLength = lines.Skip(1)
                .Where(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                .Select(l => int.Parse(l["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            var bodyStart = end + 4;
            while (length - bodyStart < contentLength)
            {
                read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return null;
                }

                length += read;
            }

            return (lines[0], Encoding.UTF8.GetString(buffer, bodyStart, contentLength));
        }
    }
}

/// <summary>One request read by <see cref="RawHttpServer"/>, and the connection to answer it on.</summary>
public sealed class RawHttpExchange
{
    private readonly Stream _stream;
    private readonly TaskCompletionSource _clientClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _clientGone = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _bytesWritten;
    private volatile bool _aborted;

    internal RawHttpExchange(Stream stream, string requestLine, string body)
    {
        _stream = stream;
        RequestLine = requestLine;
        Body = body;
        var parts = requestLine.Split(' ');
        Method = parts[0];
        Target = parts[1];
    }

    public string RequestLine { get; }

    public string Method { get; }

    /// <summary>The path and query, for example <c>/v1/responses/resp_1?stream=true</c>.</summary>
    public string Target { get; }

    public string Body { get; }

    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Completes when the client closes or resets the connection (not when the server does).</summary>
    public Task ClientClosed => _clientClosed.Task;

    /// <summary>The <see cref="Stopwatch"/> timestamp at which the client's close was seen; 0 before.</summary>
    public long ClientClosedAt { get; private set; }

    /// <summary>Cancelled when the client has closed the connection: a test's endless writer stops on it.</summary>
    public CancellationToken ClientGone => _clientGone.Token;

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await _stream.WriteAsync(bytes, _clientGone.Token);
        Interlocked.Add(ref _bytesWritten, bytes.Length);
    }

    public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>Writes one HTTP/1.1 chunk.</summary>
    public Task WriteChunkAsync(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        return WriteAsync(Encoding.ASCII.GetBytes(payload.Length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n").Concat(payload).Concat("\r\n"u8.ToArray()).ToArray());
    }

    /// <summary>Waits until the client closes the connection, or fails after <paramref name="timeout"/>.</summary>
    public Task WaitForClientCloseAsync(TimeSpan timeout) => ClientClosed.WaitAsync(timeout);

    internal void WatchForClose() => _ = WatchAsync();

    /// <summary>Completes when the connection is closed by either side: the client, or the server once the test's answer is written.</summary>
    public Task Closed => _closed.Task;

    internal void Abort()
    {
        _closed.TrySetResult();
        _aborted = true;
        _clientGone.Cancel();
        _stream.Dispose();
    }

    private async Task WatchAsync()
    {
        // One request per connection: the client sends nothing more, so a read ends only when it closes (0) or resets.
        var sink = new byte[256];
        try
        {
            while (await _stream.ReadAsync(sink) > 0)
            {
            }

            MarkClosed();
        }
        catch (Exception ex) when (ex is IOException or SocketException)
        {
            MarkClosed();
        }
        catch (ObjectDisposedException)
        {
            // The server closed it first.
        }
    }

    internal void MarkClosed()
    {
        if (_aborted)
        {
            // The server closed it first: that is no release by the client.
            return;
        }

        ClientClosedAt = Stopwatch.GetTimestamp();
        _clientClosed.TrySetResult();
        _closed.TrySetResult();
        _clientGone.Cancel();
    }
}
