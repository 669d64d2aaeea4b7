using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BackgroundResponses.Tests.TestSupport.Network;

public sealed class FaultProxyTests : IAsyncDisposable
{
    // Three events whose data carries 2-, 3- and 4-byte UTF-8 characters.
    private static readonly byte[] Event = Encoding.UTF8.GetBytes("event: note\ndata: {\"text\":\"h\u00e9llo \u2019otters\u2019 \ud83e\udda6\"}\n\n");
    private static readonly byte[] Body = [.. Event, .. Event, .. Event];
    private static readonly byte[] Head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: {Body.Length}\r\n\r\n");
    private static readonly byte[] Whole = [.. Head, .. Body];

    private readonly CannedServer _server = new(Whole);

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BetweenEvents_CutsOrResetsRightAfterTheBlankLineOfTheChosenEvent(bool reset)
    {
        var received = await ReceiveThroughAsync(reset ? ProxyFault.Reset(CutPoint.BetweenEvents, afterEvents: 2) : ProxyFault.Cut(CutPoint.BetweenEvents, afterEvents: 2));

        Assert.Equal(Head.Length + (2 * Event.Length), received.Bytes.Length);
        Assert.Equal(reset ? Ending.Reset : Ending.Closed, received.Ending);
    }

    [Fact]
    public async Task MidLine_CutsInsideADataLine()
    {
        var received = await ReceiveThroughAsync(ProxyFault.Cut(CutPoint.MidLine, afterEvents: 1, plusBytes: 20));

        var lastLine = LastLine(received.Bytes);
        Assert.StartsWith("data: ", lastLine, StringComparison.Ordinal);
        Assert.NotEqual((byte)'\n', Whole[received.Bytes.Length]);
        Assert.True(received.Bytes.Length >= Head.Length + Event.Length + 20);
        Assert.True(received.Bytes.Length < Head.Length + (2 * Event.Length));
    }

    [Fact]
    public async Task MidEvent_CutsBetweenTheEventLineAndTheDataLine()
    {
        var received = await ReceiveThroughAsync(ProxyFault.Cut(CutPoint.MidEvent, afterEvents: 1));

        Assert.Equal(Head.Length + Event.Length + "event: note\n".Length, received.Bytes.Length);
        Assert.Equal(Ending.Closed, received.Ending);
    }

    [Fact]
    public async Task InsideUtf8Character_LeavesHalfACharacter()
    {
        var received = await ReceiveThroughAsync(ProxyFault.Cut(CutPoint.InsideUtf8Character, afterEvents: 1, plusBytes: 30));

        // The next byte would have been a continuation byte: the client holds the start of a character only.
        Assert.Equal(0x80, Whole[received.Bytes.Length] & 0xC0);
        Assert.True(received.Bytes[^1] >= 0x80);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(received.Bytes));
    }

    [Fact]
    public async Task InsideUtf8Character_FindsEachWidthOfCharacter()
    {
        // Walking the threshold across one event meets the cut inside é (2 bytes), ’ (3) and the otter (4), in both gaps of the wider ones.
        var splits = new HashSet<(byte Lead, int Taken)>();
        for (var plus = 0; plus < Event.Length; plus++)
        {
            var received = await ReceiveThroughAsync(ProxyFault.Cut(CutPoint.InsideUtf8Character, afterEvents: 1, plusBytes: plus));
            var start = received.Bytes.Length - 1;
            while ((Whole[start] & 0xC0) == 0x80)
            {
                start--;
            }

            splits.Add((Whole[start], received.Bytes.Length - start));
        }

        Assert.Equal(new (byte, int)[] { (0xC3, 1), (0xE2, 1), (0xE2, 2), (0xF0, 1), (0xF0, 2), (0xF0, 3) }, splits.OrderBy(s => s.Lead).ThenBy(s => s.Taken));
    }

    [Fact]
    public async Task AnyByte_CutsAtTheExactOffset()
    {
        var received = await ReceiveThroughAsync(ProxyFault.Reset(CutPoint.AnyByte, afterEvents: 1, plusBytes: 7));

        Assert.Equal(Head.Length + Event.Length + 7, received.Bytes.Length);
        Assert.Equal(Whole.AsSpan(0, received.Bytes.Length).ToArray(), received.Bytes);
        Assert.Equal(Ending.Reset, received.Ending);
    }

    [Fact]
    public async Task InHeaders_CutsInsideTheStatusLineAndHeaders()
    {
        var received = await ReceiveThroughAsync(ProxyFault.Cut(CutPoint.InHeaders, plusBytes: 12));

        Assert.Equal("HTTP/1.1 200", Encoding.ASCII.GetString(received.Bytes));
    }

    [Fact]
    public async Task Stall_PausesThenDeliversEverything()
    {
        var stall = TimeSpan.FromMilliseconds(300);
        var received = await ReceiveThroughAsync(ProxyFault.Stall(stall, CutPoint.BetweenEvents, afterEvents: 1));

        Assert.Equal(Whole, received.Bytes);
        Assert.Equal(Ending.Complete, received.Ending);
        Assert.True(received.LongestGap >= stall - TimeSpan.FromMilliseconds(20), $"longest gap {received.LongestGap.TotalMilliseconds} ms");
        Assert.Equal(Head.Length + Event.Length, received.BytesBeforeLongestGap);
    }

    [Fact]
    public async Task DelayHeaders_HoldsTheFirstByte()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        var received = await ReceiveThroughAsync(ProxyFault.DelayHeaders(delay));

        Assert.Equal(Whole, received.Bytes);
        Assert.True(received.FirstByte >= delay - TimeSpan.FromMilliseconds(20), $"first byte after {received.FirstByte.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task NoFault_ForwardsEveryByteAndKeepsTheConnection_AFaultOnTheSecondRequestHitsOnlyIt()
    {
        var seen = new List<ProxyExchange>();
        await using var proxy = FaultProxy.Start(_server.Address, exchange =>
        {
            lock (seen)
            {
                seen.Add(exchange);
            }

            return exchange.Index == 1 ? ProxyFault.Cut(CutPoint.BetweenEvents, afterEvents: 1) : null;
        });
        using var socket = await ConnectAsync(proxy);

        var first = await RequestAsync(socket, "/v1/responses/resp_1?stream=true&starting_after=4");
        var second = await RequestAsync(socket, "/v1/responses/resp_1?stream=true");

        Assert.Equal(Whole, first.Bytes);
        Assert.Equal(Head.Length + Event.Length, second.Bytes.Length);
        Assert.Equal(Ending.Closed, second.Ending);
        Assert.Equal(1, proxy.AcceptedConnections);
        Assert.Equal(2, proxy.Exchanges);
        Assert.Equal([0, 1], seen.Select(e => e.Index));
        Assert.Equal(4, seen[0].StartingAfter);
        Assert.True(seen[0].IsStream);
        Assert.Equal("x", seen[0].Headers["X-Test"]);
        var applied = Assert.Single(proxy.Applied);
        Assert.Equal(1, applied.Exchange.Index);
        Assert.Equal(1, applied.EventsBefore);
        Assert.True(await proxy.WaitUntilIdleAsync(TimeSpan.FromSeconds(10)));
        Assert.Empty(proxy.Errors);
    }

    [Fact]
    public async Task OpenConnections_CountsWhatIsOpenNow_AcceptedCountsAllEver()
    {
        await using var proxy = FaultProxy.Start(_server.Address);
        var sockets = new List<Socket>();
        for (var i = 0; i < 3; i++)
        {
            var socket = await ConnectAsync(proxy);
            await RequestAsync(socket, "/v1/x");
            sockets.Add(socket);
        }

        Assert.Equal(3, proxy.OpenConnections);
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }

        Assert.True(await proxy.WaitUntilIdleAsync(TimeSpan.FromSeconds(10)), $"{proxy.OpenConnections} still open");
        Assert.Equal(3, proxy.AcceptedConnections);
    }

    [Fact]
    public void Planner_SameSeedSamePlan_OtherSeedOtherPlan()
    {
        static List<ProxyFault?> Draw(int seed)
        {
            var planner = new FaultPlanner(seed);
            var faults = new List<ProxyFault?>();
            for (var i = 0; i < 50; i++)
            {
                faults.Add(planner.NextBreak(planner.Next(0, 40)));
                faults.Add(planner.NextNuisance(40, TimeSpan.FromMilliseconds(50)));
            }

            return faults;
        }

        Assert.Equal(Draw(12), Draw(12));
        Assert.NotEqual(Draw(12), Draw(13));
        Assert.NotEqual(FaultPlanner.SeedFor(12, 0), FaultPlanner.SeedFor(12, 1));
        Assert.Equal(FaultPlanner.SeedFor(12, 1), FaultPlanner.SeedFor(12, 1));
        Assert.Equal(FaultPlanner.BodyPoints.Order(), Draw(12).OfType<ProxyFault>().Where(f => f.Kind != ProxyFaultKind.Stall).Select(f => f.Point).Distinct().Order());
    }

    private static string LastLine(byte[] bytes)
    {
        var start = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private static async Task<Socket> ConnectAsync(FaultProxy proxy)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, proxy.BaseAddress.Port);
        return socket;
    }

    /// <summary>Sends one request and reads until the whole canned response is in, the connection closes, or it is reset.</summary>
    private static async Task<Received> RequestAsync(Socket socket, string target)
    {
        await socket.SendAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: test\r\nX-Test: x\r\n\r\n"));
        var bytes = new List<byte>();
        var buffer = new byte[4096];
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var longestGap = TimeSpan.Zero;
        var beforeLongestGap = 0;
        TimeSpan? firstByte = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (bytes.Count < Whole.Length)
        {
            int read;
            try
            {
                read = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.ConnectionReset)
            {
                return new Received([.. bytes], Ending.Reset, firstByte ?? TimeSpan.Zero, longestGap, beforeLongestGap);
            }

            if (read == 0)
            {
                return new Received([.. bytes], Ending.Closed, firstByte ?? TimeSpan.Zero, longestGap, beforeLongestGap);
            }

            var now = clock.Elapsed;
            firstByte ??= now;
            if (bytes.Count > 0 && now - last > longestGap)
            {
                (longestGap, beforeLongestGap) = (now - last, bytes.Count);
            }

            last = now;
            bytes.AddRange(buffer.AsSpan(0, read));
        }

        return new Received([.. bytes], Ending.Complete, firstByte ?? TimeSpan.Zero, longestGap, beforeLongestGap);
    }

    private async Task<Received> ReceiveThroughAsync(ProxyFault fault)
    {
        await using var proxy = FaultProxy.Start(_server.Address, _ => fault);
        using var socket = await ConnectAsync(proxy);
        var received = await RequestAsync(socket, "/v1/responses/resp_1?stream=true");
        Assert.Equal(Whole.AsSpan(0, received.Bytes.Length).ToArray(), received.Bytes);
        Assert.Equal(fault.KillsConnection ? 1 : 0, proxy.Applied.Count(a => a.Fault.KillsConnection));
        Assert.Equal(received.Bytes.Length, fault.KillsConnection ? proxy.Applied.Single().ByteOffset : received.Bytes.Length);
        Assert.Empty(proxy.Errors);
        return received;
    }

    private enum Ending
    {
        Complete,
        Closed,
        Reset,
    }

    private sealed record Received(byte[] Bytes, Ending Ending, TimeSpan FirstByte, TimeSpan LongestGap, int BytesBeforeLongestGap);

    /// <summary>Answers every request on every connection with the same bytes, and keeps connections alive.</summary>
    private sealed class CannedServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public CannedServer(byte[] response)
        {
            _listener.Start();
            Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");
            _loop = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    Socket socket;
                    try
                    {
                        socket = await _listener.AcceptSocketAsync(_stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    _ = ServeAsync(socket, response);
                }
            });
        }

        public Uri Address { get; }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _loop;
            _stop.Dispose();
        }

        private async Task ServeAsync(Socket socket, byte[] response)
        {
            using (socket)
            {
                var buffer = new byte[4096];
                var pending = new List<byte>();
                try
                {
                    while (true)
                    {
                        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                        if (read == 0)
                        {
                            return;
                        }

                        pending.AddRange(buffer.AsSpan(0, read));
                        int end;
                        while ((end = pending.ToArray().AsSpan().IndexOf("\r\n\r\n"u8)) >= 0)
                        {
                            pending.RemoveRange(0, end + 4);
                            await socket.SendAsync(response, SocketFlags.None, _stop.Token);
                        }
                    }
                }
                catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
                {
                    // The proxy went away, or the test is over.
                }
            }
        }
    }
}
