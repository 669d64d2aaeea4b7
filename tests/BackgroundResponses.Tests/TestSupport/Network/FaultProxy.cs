using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>
/// A loopback TCP proxy that breaks HTTP/1.1 responses on purpose: between a client and a server (for example
/// <c>ResponsesClient</c> and <c>FakeResponsesServer</c>), it reads each request's head, asks its plan function for a
/// <see cref="ProxyFault"/>, and applies it to that request's response bytes: a cut (FIN) or reset (RST) at a chosen
/// kind of position, a stall, or delayed headers. Everything else passes through unchanged, so a connection that is not
/// cut is kept alive and reused by the client's pool as usual.
/// </summary>
/// <remarks>
/// The proxy relies on HTTP/1.1 without pipelining (as <c>SocketsHttpHandler</c> sends): a client sends its next request
/// on a connection only after the previous response has arrived, so every server byte between two requests belongs to
/// the first. Deterministic faults come from a deterministic plan function (see <see cref="FaultPlanner"/>).
/// </remarks>
internal sealed class FaultProxy : IAsyncDisposable
{
    private const int BufferSize = 16 * 1024;
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _upstream;
    private Func<ProxyExchange, ProxyFault?>? _plan;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, Relay> _open = new();
    private readonly ConcurrentQueue<AppliedFault> _applied = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private readonly Task _acceptLoop;
    private int _accepted;
    private int _exchanges;

    private FaultProxy(Uri upstream, Func<ProxyExchange, ProxyFault?>? planFor)
    {
        _upstream = upstream;
        _plan = planFor;
        _listener.Start();
        var port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        BaseAddress = new UriBuilder(upstream) { Host = "127.0.0.1", Port = port }.Uri;
        _acceptLoop = AcceptLoopAsync();
    }

    /// <summary>Gets the address to give the client in place of the server's: same scheme and path, the proxy's port.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets or sets the fault for each request, or <see langword="null"/> for none; called once per request, before it is forwarded.</summary>
    public Func<ProxyExchange, ProxyFault?>? Plan
    {
        get => Volatile.Read(ref _plan);
        set => Volatile.Write(ref _plan, value);
    }

    /// <summary>Gets the number of client connections open through the proxy right now.</summary>
    public int OpenConnections => _open.Count;

    /// <summary>Gets the number of client connections the proxy has ever accepted.</summary>
    public int AcceptedConnections => Volatile.Read(ref _accepted);

    /// <summary>Gets the number of requests seen, over all connections.</summary>
    public int Exchanges => Volatile.Read(ref _exchanges);

    /// <summary>Gets the faults carried out so far, in the order they fired.</summary>
    public IReadOnlyList<AppliedFault> Applied => [.. _applied];

    /// <summary>Gets what went wrong inside the proxy itself (a plan function that threw, an unreadable request head): should stay empty.</summary>
    public IReadOnlyList<Exception> Errors => [.. _errors];

    /// <summary>Forgets the faults carried out so far (a long run's log would otherwise count as memory in use).</summary>
    public void ClearApplied() => _applied.Clear();

    /// <summary>Starts a proxy to the host and port of <paramref name="upstream"/>.</summary>
    /// <param name="upstream">The server's address, for example <c>FakeResponsesServer.BaseAddress</c>.</param>
    /// <param name="planFor">The fault for each request, or <see langword="null"/> for none; called once per request, before it is forwarded.</param>
    public static FaultProxy Start(Uri upstream, Func<ProxyExchange, ProxyFault?>? planFor = null) =>
        new(upstream, planFor);

    /// <summary>Waits until no connection is open through the proxy, or <paramref name="timeout"/> passes.</summary>
    /// <returns>Whether the proxy became idle in time.</returns>
    public async Task<bool> WaitUntilIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (OpenConnections > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        foreach (var relay in _open.Values)
        {
            relay.Close(reset: false);
        }

        await _acceptLoop;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!_open.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }

        _stop.Dispose();
    }

    private static bool TryParseHead(ReadOnlySpan<byte> head, out string method, out string target, out Dictionary<string, string> headers)
    {
        var lines = Encoding.ASCII.GetString(head).Split("\r\n");
        var requestLine = lines[0].Split(' ');
        headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        (method, target) = requestLine.Length == 3 ? (requestLine[0], requestLine[1]) : (string.Empty, string.Empty);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return requestLine.Length == 3;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var id = Interlocked.Increment(ref _accepted);
            var relay = new Relay(id, client);
            _open[id] = relay;
            _ = RunAsync(relay);
        }
    }

    private async Task RunAsync(Relay relay)
    {
        try
        {
            relay.Client.NoDelay = true;
            relay.Server.NoDelay = true;
            await relay.Server.ConnectAsync(_upstream.Host, _upstream.Port, _stop.Token);
            var toServer = ClientToServerAsync(relay);
            var toClient = ServerToClientAsync(relay);

            // When either side ends, so does the other: a proxy that half-closed would keep sockets around.
            await Task.WhenAny(toServer, toClient);
            relay.Close(reset: false);
            await Task.WhenAll(toServer, toClient);
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
            relay.Close(reset: false);
        }
        catch (Exception ex)
        {
            _errors.Enqueue(ex);
        }
        finally
        {
            relay.Close(reset: false);
            _open.TryRemove(relay.Id, out _);
        }
    }

    private bool IsConnectionEnd(Exception ex) =>
        ex is SocketException or ObjectDisposedException or IOException || (ex is OperationCanceledException && _stop.IsCancellationRequested);

    /// <summary>Forwards the client's bytes, holding each new request's head until its plan is known.</summary>
    private async Task ClientToServerAsync(Relay relay)
    {
        var buffer = new byte[BufferSize];
        var head = new List<byte>();
        var awaitingHead = false;
        try
        {
            while (true)
            {
                var read = await relay.Client.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                // A request after a response has begun is the next request on a kept-alive connection.
                if (relay.Current is null || relay.Current.ResponseStarted)
                {
                    awaitingHead = true;
                }

                if (!awaitingHead)
                {
                    await SendAllAsync(relay.Server, buffer.AsMemory(0, read));
                    continue;
                }

                head.AddRange(buffer.AsSpan(0, read));
                var end = head.ToArray().AsSpan().IndexOf(HeadEnd);
                if (end < 0)
                {
                    continue;
                }

                StartExchange(relay, head.ToArray().AsSpan(0, end));
                awaitingHead = false;
                await SendAllAsync(relay.Server, head.ToArray());
                head.Clear();
            }
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
        }
    }

    private void StartExchange(Relay relay, ReadOnlySpan<byte> head)
    {
        if (!TryParseHead(head, out var method, out var target, out var headers))
        {
            _errors.Enqueue(new InvalidDataException($"Unreadable request head on connection {relay.Id}: {Encoding.ASCII.GetString(head)}"));
        }

        var exchange = new ProxyExchange(relay.Id, relay.ExchangeCount++, method, target, headers);
        Interlocked.Increment(ref _exchanges);
        ProxyFault? fault = null;
        try
        {
            fault = Plan?.Invoke(exchange);
        }
        catch (Exception ex)
        {
            _errors.Enqueue(ex);
        }

        // Set before the request is forwarded: the server cannot answer a request it has not received.
        relay.Current = new ExchangeState(exchange, new ResponseByteTracker(fault));
    }

    /// <summary>Forwards the server's bytes one response at a time, carrying out the response's fault where it falls.</summary>
    private async Task ServerToClientAsync(Relay relay)
    {
        var buffer = new byte[BufferSize];
        try
        {
            while (true)
            {
                var read = await relay.Server.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                var state = relay.Current ?? throw new InvalidDataException($"The server sent {read} bytes on connection {relay.Id} before any request.");
                state.ResponseStarted = true;
                var sent = 0;
                for (var i = 0; i < read; i++)
                {
                    if (state.Tracker.FaultBefore(buffer[i]) is { } fault)
                    {
                        await SendAllAsync(relay.Client, buffer.AsMemory(sent, i - sent));
                        sent = i;
                        _applied.Enqueue(new AppliedFault(state.Exchange, fault, state.Tracker.Offset, state.Tracker.Events));
                        if (fault.KillsConnection)
                        {
                            relay.Close(reset: fault.Kind == ProxyFaultKind.Reset);
                            return;
                        }

                        await Task.Delay(fault.Duration, _stop.Token);
                    }

                    state.Tracker.Advance(buffer[i]);
                }

                await SendAllAsync(relay.Client, buffer.AsMemory(sent, read - sent));
            }
        }
        catch (Exception ex) when (IsConnectionEnd(ex))
        {
        }
        catch (Exception ex)
        {
            _errors.Enqueue(ex);
        }
    }

    private async Task SendAllAsync(Socket socket, ReadOnlyMemory<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            var written = await socket.SendAsync(bytes, SocketFlags.None, _stop.Token);
            bytes = bytes[written..];
        }
    }

    /// <summary>One proxied connection: the client's socket, the one to the server, and the request being answered.</summary>
    private sealed class Relay(int id, Socket client)
    {
        private int _closed;
        private ExchangeState? _current;

        public int Id { get; } = id;

        public Socket Client { get; } = client;

        public Socket Server { get; } = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        public int ExchangeCount { get; set; }

        public ExchangeState? Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }

        /// <summary>Closes both sockets; with <paramref name="reset"/>, the client's with an RST instead of a FIN.</summary>
        public void Close(bool reset)
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
            {
                return;
            }

            if (reset)
            {
                // Linger on with a zero timeout: close discards unsent data and sends RST instead of FIN.
                Client.LingerState = new LingerOption(true, 0);
            }
            else
            {
                try
                {
                    Client.Shutdown(SocketShutdown.Both);
                }
                catch (SocketException)
                {
                    // Already gone: the close below is all that is left to do.
                }
            }

            Client.Dispose();
            Server.Dispose();
        }
    }

    /// <summary>The request being answered on a connection, and how far its response has come.</summary>
    private sealed class ExchangeState(ProxyExchange exchange, ResponseByteTracker tracker)
    {
        private bool _responseStarted;

        public ProxyExchange Exchange { get; } = exchange;

        public ResponseByteTracker Tracker { get; } = tracker;

        public bool ResponseStarted
        {
            get => Volatile.Read(ref _responseStarted);
            set => Volatile.Write(ref _responseStarted, value);
        }
    }
}
