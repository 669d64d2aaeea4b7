using System.Diagnostics;
using System.Globalization;
using System.Text;
using BackgroundResponses.Tests.TestSupport;
using Xunit.Abstractions;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// Servers that misbehave on purpose, written byte by byte on a raw socket (<see cref="RawHttpServer"/>): an event
/// that never ends, comments without end, millions of tiny events, a body that stays open after the terminal event,
/// headers that never come. Each must end in a typed error or a clean end, within its timeouts, with the memory the
/// client can hold bounded by what it read (counted on the client's own sockets, <see cref="CountingTransport"/>),
/// and with the connection released. Every test has an overall bound, so a hang fails instead of blocking CI.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public class HostileServerTests
{
    private const string ResponseId = "resp_hostile";

    /// <summary>Generous: these tests take well under a second each when healthy, and must fail, not block, when not.</summary>
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(60);

    private static readonly string StreamHeaders =
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";

    /// <summary>Timers may fire a tick early by the Stopwatch's clock (a timeout of 300 ms was seen to end at 298 ms): lower bounds allow for it.</summary>
    private const double TimerSlack = 0.9;

    private readonly ITestOutputHelper _output;

    public HostileServerTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EndlessEventLine_FailsTyped_OnceMaxEventSizeIsPassed_HavingReadNoMoreThanTheLimitAndOneBuffer(bool handlerDrains)
    {
        const int maxEventSize = 64 * 1024;
        var chunk = Encoding.ASCII.GetBytes(new string('a', 16 * 1024));
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync(StreamHeaders);
            await exchange.WriteChunkAsync("event: response.output_text.delta\n" + "data: ");
            var framed = Chunk(chunk);
            while (true)
            {
                await exchange.WriteAsync(framed);
            }
        });
        var transport = new CountingTransport(maxResponseDrainSize: handlerDrains ? null : 0);
        var client = Client(server, transport, new StreamingOptions { MaxEventSize = maxEventSize });

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => DrainAsync(client.StreamAsync(ResponseId))).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("MaxEventSize", ex.Message, StringComparison.Ordinal);

        // Everything the client could have buffered came through its socket: the limit, plus the one read that
        // crossed it, plus headers and chunk framing. Not the megabytes a socket would happily deliver. A flood never
        // pauses, so the SDK's abort (a cancelled pending read) cannot cut in, and SocketsHttpHandler then drains the
        // body up to its MaxResponseDrainSize (1 MiB by default) before closing: read and discarded, never held.
        var read = transport.BytesRead;
        _output.WriteLine($"read {read} bytes for MaxEventSize {maxEventSize} (handler drain limit {transport.Handler.MaxResponseDrainSize})");
        Assert.InRange(read, maxEventSize, maxEventSize + (64 * 1024) + (handlerDrains ? transport.Handler.MaxResponseDrainSize : 0));
        Assert.Single(server.Exchanges);
        Assert.Equal(transport.Opened, transport.Closed);
    }

    [Fact]
    public async Task EndlessComments_FastOnEveryConnection_AreIdle_ResumedUntilMaxResumeAttempts_ThenTyped()
    {
        // 200 ms of ": ping" at full speed is megabytes; the MaxEventSize of 64 KiB would trip first, so this test
        // sets it high to see the IdleTimeout path, and the next test the MaxEventSize one.
        var idle = TimeSpan.FromMilliseconds(200);
        var ping = Chunk(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(": ping\n", 64))));
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync(StreamHeaders);
            while (true)
            {
                await exchange.WriteAsync(ping);

                // Fast, not a flood: about 450 bytes per millisecond, so the comments keep coming all the time.
                await Task.Delay(1, exchange.ClientGone);
            }
        });
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions
        {
            IdleTimeout = idle,
            MaxEventSize = 256 * 1024 * 1024,
            MaxResumeAttempts = 2,
            ResumeDelay = TimeSpan.FromMilliseconds(1),
            MaxResumeDelay = TimeSpan.FromMilliseconds(1),
        });
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => DrainAsync(client.StreamAsync(ResponseId))).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        _output.WriteLine($"gave up after {watch.ElapsedMilliseconds} ms, {server.Exchanges.Count} connections, {transport.BytesRead} bytes read");
        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.StartsWith($"Could not open the stream of response {ResponseId} after 2 attempt(s)", ex.Message, StringComparison.Ordinal);

        // StreamAsync opens with a resume GET, so MaxResumeAttempts connections in all: each one idle although bytes kept coming.
        Assert.Equal(2, server.Exchanges.Count);
        Assert.All(server.Exchanges, e => Assert.StartsWith($"GET /v1/responses/{ResponseId}?stream=true", e.RequestLine, StringComparison.Ordinal));
        Assert.InRange(watch.Elapsed, 2 * idle * TimerSlack, TimeSpan.FromSeconds(20));
        Assert.All(server.Exchanges, e => Assert.True(e.BytesWritten > 4 * ping.Length, "the comments did keep arriving on every connection"));
        Assert.Equal(transport.Opened, transport.Closed);
    }

    [Fact]
    public async Task EndlessComments_AsAFlood_TripMaxEventSize_TypedAndBounded_BecauseTheyAreBytesWithoutAnEvent()
    {
        const int maxEventSize = 64 * 1024;
        var ping = Chunk(Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(": ping\n", 2048))));
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync(StreamHeaders);
            while (true)
            {
                await exchange.WriteAsync(ping);
            }
        });
        var transport = new CountingTransport(maxResponseDrainSize: 0);
        var client = Client(server, transport, new StreamingOptions { MaxEventSize = maxEventSize, IdleTimeout = TimeSpan.FromSeconds(30) });

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => DrainAsync(client.StreamAsync(ResponseId))).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        Assert.Contains("MaxEventSize", ex.Message, StringComparison.Ordinal);
        _output.WriteLine($"read {transport.BytesRead} bytes of comments for MaxEventSize {maxEventSize}");
        Assert.InRange(transport.BytesRead, maxEventSize, maxEventSize + (64 * 1024));
        Assert.Single(server.Exchanges);
    }

    [Fact]
    public async Task MillionsOfTinyEvents_AllArriveInOrder_WithAFlatHeap()
    {
        var count = EventCount();
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync(StreamHeaders);

            // Formatted straight into one reused chunk: the server must not be the bottleneck on two cores.
            var prefix = "data: {\"type\":\"response.output_text.delta\",\"sequence_number\":"u8.ToArray();
            var suffix = ",\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"x\",\"logprobs\":[]}\n\n"u8.ToArray();
            var batch = new byte[64 * 1024];
            const int header = 6;
            var length = header;
            for (var i = 0; i < count; i++)
            {
                prefix.CopyTo(batch, length);
                length += prefix.Length;
                System.Buffers.Text.Utf8Formatter.TryFormat(i, batch.AsSpan(length), out var digits);
                length += digits;
                suffix.CopyTo(batch, length);
                length += suffix.Length;
                if (length > batch.Length - 200 || i == count - 1)
                {
                    // A chunk-size line of fixed width ("xxxx\r\n"), so the payload can be formatted in place after it.
                    Encoding.ASCII.GetBytes((length - header).ToString("x4", CultureInfo.InvariantCulture) + "\r\n", batch.AsSpan(0, header));
                    "\r\n"u8.CopyTo(batch.AsSpan(length));
                    await exchange.WriteAsync(batch.AsMemory(0, length + 2));
                    length = header;
                }
            }

            await exchange.WriteAsync(Chunk(Encoding.ASCII.GetBytes(
                $"data: {{\"type\":\"response.completed\",\"sequence_number\":{count},\"response\":{{\"id\":\"{ResponseId}\",\"object\":\"response\",\"status\":\"completed\",\"created_at\":1,\"output\":[]}}}}\n\n")));
            await exchange.WriteAsync("0\r\n\r\n");
        });
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions());
        var samples = new List<long>();
        var expected = 0;
        var watch = Stopwatch.StartNew();

        await Task.Run(async () =>
        {
            await foreach (var e in client.StreamAsync(ResponseId))
            {
                Assert.Equal(expected, e.SequenceNumber);
                expected++;
                if (expected % (count / 10) == 0)
                {
                    samples.Add(GC.GetTotalMemory(forceFullCollection: true));
                }
            }
        }).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        _output.WriteLine($"{count} events in {watch.ElapsedMilliseconds} ms; live heap at each tenth: {string.Join(", ", samples.Select(s => (s / 1024).ToString(CultureInfo.InvariantCulture) + " KiB"))}");
        Assert.Equal(count + 1, expected);

        // Live bytes after a full collection at each tenth of the stream: flat, not growing with the count. Other
        // tests run beside this one, so allow their noise (a few MiB), far below 2 million events' worth of objects.
        var growth = samples.Skip(1).Max() - samples[0];
        Assert.True(growth < 16 * 1024 * 1024, $"the live heap grew by {growth / 1024} KiB over the stream");
    }

    [Fact]
    public async Task BodyThatNeverEndsAfterTheTerminalEvent_EndsTheEnumeration_AndReleasesTheConnectionPromptly()
    {
        await using var server = new RawHttpServer(async exchange =>
        {
            await exchange.WriteAsync(StreamHeaders);
            await exchange.WriteChunkAsync(
                "data: {\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"hi\",\"logprobs\":[]}\n\n"
                + $"data: {{\"type\":\"response.completed\",\"sequence_number\":1,\"response\":{{\"id\":\"{ResponseId}\",\"object\":\"response\",\"status\":\"completed\",\"created_at\":1,\"output\":[]}}}}\n\n");

            // No [DONE], no last chunk, no close: silence on an open connection.
            await Task.Delay(Timeout.Infinite, exchange.ClientGone);
        });
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions { IdleTimeout = TimeSpan.FromSeconds(30) });
        var watch = Stopwatch.StartNew();

        var events = await CollectAsync(client.StreamAsync(ResponseId)).WaitAsync(HangBound);
        var ended = watch.Elapsed;
        var exchange = Assert.Single(server.Exchanges);
        await exchange.WaitForClientCloseAsync(TimeSpan.FromSeconds(10));
        var released = watch.Elapsed;

        _output.WriteLine($"enumeration ended after {ended.TotalMilliseconds:F0} ms, connection closed by the client after {released.TotalMilliseconds:F0} ms");
        Assert.Equal(2, events.Count);
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.True(ended < TimeSpan.FromSeconds(5), "the enumeration waited for a body end that never comes");

        // Released, not drained: a socket kept for the handler's drain timeout (2 s by default) is a socket held.
        Assert.True(released - ended < TimeSpan.FromSeconds(1), $"the connection was released {(released - ended).TotalMilliseconds:F0} ms after the stream ended");
        Assert.Equal(1, transport.Closed);
    }

    [Fact]
    public async Task HeadersThatNeverCome_OnAStream_TimeOutAfterIdleTimeout_ResumeAndGiveUpTyped()
    {
        await using var server = new RawHttpServer(exchange => Task.Delay(Timeout.Infinite, exchange.ClientGone));
        var transport = new CountingTransport();
        var idle = TimeSpan.FromMilliseconds(200);
        var client = Client(server, transport, new StreamingOptions { IdleTimeout = idle, MaxResumeAttempts = 2, ResumeDelay = TimeSpan.FromMilliseconds(1), MaxResumeDelay = TimeSpan.FromMilliseconds(1) });
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => DrainAsync(client.StreamAsync(ResponseId))).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        // A resume GET that gets no headers within IdleTimeout is a timed-out network failure, retried as a
        // reconnection; StreamAsync has no first connection apart from these, so 2 attempts are 2 GETs.
        var cause = Assert.IsType<ResponsesNetworkException>(ex.InnerException);
        Assert.True(cause.IsTimeout);
        Assert.Equal(2, server.Exchanges.Count);
        Assert.InRange(watch.Elapsed, 2 * idle * TimerSlack, TimeSpan.FromSeconds(20));
        Assert.Equal(transport.Opened, transport.Closed);
    }

    [Fact]
    public async Task HeadersThatNeverCome_OnAStreamingCreate_AreOutcomeUnknown_AfterIdleTimeout_WithOnePost()
    {
        await using var server = new RawHttpServer(exchange => Task.Delay(Timeout.Infinite, exchange.ClientGone));
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) });

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => DrainAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-4.1-mini", Input = "hi" }))).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        Assert.True(ex.IsTimeout);
        var post = Assert.Single(server.Exchanges);
        Assert.Equal("POST /v1/responses HTTP/1.1", post.RequestLine);
    }

    [Fact]
    public async Task HeadersThatNeverCome_OnACreate_AreOutcomeUnknown_AfterNetworkTimeout_WithExactlyOnePost()
    {
        await using var server = new RawHttpServer(exchange => Task.Delay(Timeout.Infinite, exchange.ClientGone));
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions(), networkTimeout: TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => client.CreateAsync(new CreateResponseRequest { Model = "gpt-4.1-mini", Input = "hi" })).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        // Never repeated blindly: a second POST could start a second, paid job.
        Assert.True(ex.IsTimeout);
        Assert.IsNotAssignableFrom<ResponsesNetworkException>(ex);
        var post = Assert.Single(server.Exchanges);
        Assert.Equal("POST /v1/responses HTTP/1.1", post.RequestLine);
        Assert.Contains("\"background\":true", post.Body, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(300) * TimerSlack, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task HeadersThatNeverCome_OnARetrieve_TimeOutAfterNetworkTimeout_RetriedThenTyped()
    {
        await using var server = new RawHttpServer(exchange => Task.Delay(Timeout.Infinite, exchange.ClientGone));
        var transport = new CountingTransport();
        var client = Client(server, transport, new StreamingOptions(), networkTimeout: TimeSpan.FromMilliseconds(200), retries: 1);
        var watch = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.RetrieveAsync(ResponseId)).WaitAsync(HangBound);
        await server.WaitUntilNoneOpenAsync(TimeSpan.FromSeconds(10));

        // A retrieve is safe to repeat: one attempt and one retry, each bounded by NetworkTimeout.
        Assert.True(ex.IsTimeout);
        Assert.Equal(2, server.Exchanges.Count);
        Assert.All(server.Exchanges, e => Assert.Equal($"GET /v1/responses/{ResponseId} HTTP/1.1", e.RequestLine));
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(400) * TimerSlack, TimeSpan.FromSeconds(20));
        Assert.Equal(transport.Opened, transport.Closed);
    }

    /// <summary>1,000,000 in CI (about 4 s on two loaded cores); <c>HOSTILE_TINY_EVENTS=2000000</c> is the full size, documented in docs/benchmarks.md.</summary>
    private static int EventCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("HOSTILE_TINY_EVENTS"), CultureInfo.InvariantCulture, out var count) && count >= 10 ? count : 1_000_000;

    private static byte[] Chunk(byte[] payload) =>
        [.. Encoding.ASCII.GetBytes(payload.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), .. payload, .. "\r\n"u8];

    /// <summary>A client over <paramref name="transport"/>, with the SDK's own resilience handler so that NetworkTimeout and retries apply as they do for a client built from options.</summary>
    private static ResponsesClient Client(RawHttpServer server, CountingTransport transport, StreamingOptions streaming, TimeSpan? networkTimeout = null, int retries = 0)
    {
        var retry = new HttpRetryOptions { MaxRetryAttempts = retries, Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) };
        var timeout = networkTimeout ?? TimeSpan.FromSeconds(30);
        var http = new HttpClient(new ResponsesResilienceHandler(retry, timeout) { InnerHandler = transport.Handler }) { Timeout = Timeout.InfiniteTimeSpan };
        return new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, Streaming = streaming, Retry = retry, NetworkTimeout = timeout });
    }

    private static async Task DrainAsync(IAsyncEnumerable<ResponseStreamEvent> events)
    {
        await foreach (var e in events)
        {
            GC.KeepAlive(e);
        }
    }

    private static async Task<List<ResponseStreamEvent>> CollectAsync(IAsyncEnumerable<ResponseStreamEvent> events)
    {
        var list = new List<ResponseStreamEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }
}
