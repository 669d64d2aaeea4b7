using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.ServerSentEvents;
using System.Text.Json;
using OpenAIResponses = OpenAI.Responses;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// <c>--stream-client WAY --url URL --streams N --interval-ms MS</c>: one side of the stream scale run, alone in its
/// process so that its working set is its own. Opens N background streams against <see cref="StreamScaleServer"/>,
/// waits until every one has received an event and the trickle has gone on for one more interval, measures, then asks
/// the server to finish and checks that every event the server wrote was delivered, in order, exactly once.
/// </summary>
/// <remarks>
/// The ways, from the bare transport up, so that differences between them say where the bytes of one open stream go:
/// <c>http</c> (HttpClient, a 256-byte read buffer, counting frames), <c>http0</c> (the same, waiting with zero-byte reads), <c>sse</c> (plus <see cref="SseParser"/> and a
/// <see cref="Utf8JsonReader"/> pass per event), <c>ours</c> (<see cref="ResponsesClient.StreamAsync(string, int?, CancellationToken)"/>),
/// <c>ours-noidle</c> (the same with <see cref="StreamingOptions.IdleTimeout"/> off: no idle timer) and <c>openai</c>
/// (OpenAI 2.15.0 <c>GetResponseStreamingAsync</c> over the same kind of <see cref="HttpClient"/>); and <c>http-h2</c>,
/// <c>ours-h2</c>, <c>openai-h2</c>: the same over HTTP/2 (cleartext, prior knowledge), up to 100 streams per connection.
/// </remarks>
internal static class StreamScaleClient
{
    // Connections opened at once: enough to keep the machine busy, few enough not to overflow the listen backlog.
    private const int OpeningConcurrency = 64;

    public static async Task<int> RunAsync(string way, Uri server, int streams, TimeSpan interval, TimeSpan hold)
    {
        using var http = way.EndsWith("-h2", StringComparison.Ordinal) ? Http2Client() : new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        Func<string, Counters, Task> open = way switch
        {
            "http-h2" => (id, counters) => RawHttpAsync(http, new Uri(server, $"v1/responses/{id}?stream=true"), counters, zeroByteReads: false),
            "ours-h2" => Ours(http, server, StreamingOptionsWithIdle(TimeSpan.FromMinutes(2))),
            "openai-h2" => Official(http, server),
            "http" => (id, counters) => RawHttpAsync(http, new Uri(server, $"v1/responses/{id}?stream=true"), counters, zeroByteReads: false),
            "http0" => (id, counters) => RawHttpAsync(http, new Uri(server, $"v1/responses/{id}?stream=true"), counters, zeroByteReads: true),
            "sse" => (id, counters) => SseAsync(http, new Uri(server, $"v1/responses/{id}?stream=true"), counters),
            "ours" => Ours(http, server, StreamingOptionsWithIdle(TimeSpan.FromMinutes(2))),
            "ours-noidle" => Ours(http, server, StreamingOptionsWithIdle(Timeout.InfiniteTimeSpan)),
            "openai" => Official(http, server),
            _ => throw new ArgumentException($"Unknown way '{way}': http, http0, sse, ours, ours-noidle, openai, http-h2, ours-h2 or openai-h2.", nameof(way)),
        };

        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

        // Warm-up: a few whole streams, so JIT, the connection pool and every type on the path exist before the baseline.
        var warm = await OpenAllAsync(open, "w" + pid, 8, interval);
        await FinishAsync(http, server, warm);

        using var process = Process.GetCurrentProcess();
        var (baselineManaged, baselineWorkingSet) = Snapshot(process);

        var run = await OpenAllAsync(open, "m" + pid, streams, interval);
        var openedIn = run.OpenedIn;

        // Let the trickle go on: every stream gets at least one more event, so the measured state is a stream that
        // has been idle-waiting and woken, not one caught right after its first read.
        await Task.Delay(interval + interval / 2);
        var (managed, workingSet) = Snapshot(process);
        var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var threads = ThreadPool.ThreadCount;
        var eventsAtMeasure = Interlocked.Read(ref run.Counters.Delivered);

        // --hold-s: keep every stream open a while longer, e.g. for `dotnet-gcdump collect -p <pid>`.
        await Task.Delay(hold);

        var (delivered, written) = await FinishAsync(http, server, run);
        var c = run.Counters;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"result way={way} streams={streams} managed_per_stream={(managed - baselineManaged) / (double)streams:F0} ws_per_stream={(workingSet - baselineWorkingSet) / (double)streams:F0} " +
            $"baseline_managed={baselineManaged} baseline_ws={baselineWorkingSet} managed={managed} ws={workingSet} heap_after_gc={gc.HeapSizeBytes} committed={gc.TotalCommittedBytes} " +
            $"opened_s={openedIn.TotalSeconds:F1} events_at_measure={eventsAtMeasure} delivered={delivered} written={written} out_of_order={c.OutOfOrder} " +
            $"not_terminated={c.NotTerminated} failed={c.Failed} threads={threads}"));
        return delivered == written && c.OutOfOrder == 0 && c.NotTerminated == 0 && c.Failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// HTTP/2 with prior knowledge over cleartext (the server's HTTP/2-only endpoint): many streams share one
    /// connection, and a new connection opens when one has as many streams as the server allows.
    /// </summary>
    private static HttpClient Http2Client() =>
        new(new Http2OnlyHandler { InnerHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } })
        {
            Timeout = Timeout.InfiniteTimeSpan,
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

    private static StreamingOptions StreamingOptionsWithIdle(TimeSpan idle) => new() { IdleTimeout = idle };

    private static Func<string, Counters, Task> Ours(HttpClient http, Uri server, StreamingOptions streaming)
    {
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = "sk-bench", BaseAddress = new Uri(server, "v1/"), Streaming = streaming });
        return async (id, counters) =>
        {
            var expected = 0;
            var terminal = false;
            await foreach (var item in client.StreamAsync(id))
            {
                counters.Deliver(item.SequenceNumber == expected++, first: expected == 1);
                terminal = item is ResponseCompletedEvent;
            }

            counters.End(terminal);
        };
    }

    private static Func<string, Counters, Task> Official(HttpClient http, Uri server)
    {
        var client = new OpenAIResponses.ResponsesClient(
            new ApiKeyCredential("sk-bench"),
            new OpenAIResponses.ResponsesClientOptions { Endpoint = new Uri(server, "v1/"), Transport = new HttpClientPipelineTransport(http) });
        return async (id, counters) =>
        {
            var expected = 0;
            var terminal = false;
            var updates = await client.GetResponseStreamingAsync(new OpenAIResponses.GetResponseOptions(id) { StreamingEnabled = true }, default);
            await foreach (var update in updates)
            {
                counters.Deliver(update.SequenceNumber == expected++, first: expected == 1);
                terminal = update is OpenAIResponses.StreamingResponseCompletedUpdate;
            }

            counters.End(terminal);
        };
    }

    /// <summary>The transport alone: HttpClient's connection and a small read buffer; counts <c>\n\n</c> frame ends.</summary>
    private static async Task RawHttpAsync(HttpClient http, Uri uri, Counters counters, bool zeroByteReads)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[256];
        var frames = 0;
        var previous = (byte)0;
        int read;
        while (true)
        {
            if (zeroByteReads)
            {
                // Wait for data without a buffer: the connection may hand its own read buffer back meanwhile.
                _ = await body.ReadAsync(Memory<byte>.Empty);
            }

            if ((read = await body.ReadAsync(buffer)) == 0)
            {
                break;
            }

            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == '\n' && previous == '\n')
                {
                    counters.Deliver(inOrder: true, first: ++frames == 1);
                }

                previous = b;
            }
        }

        counters.End(terminated: frames > 0);
    }

    /// <summary>The transport plus <see cref="SseParser"/> and one JSON pass per event for its sequence number.</summary>
    private static async Task SseAsync(HttpClient http, Uri uri, Counters counters)
    {
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        var expected = 0;
        var terminal = false;
        await foreach (var item in SseParser.Create(body, static (type, data) => (Type: type, Sequence: ReadSequence(data))).EnumerateAsync())
        {
            counters.Deliver(item.Data.Sequence == expected++, first: expected == 1);
            terminal = item.Data.Type == "response.completed";
        }

        counters.End(terminal);
    }

    private static int ReadSequence(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data);
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("sequence_number"u8))
            {
                reader.Read();
                return reader.GetInt32();
            }
        }

        return -1;
    }

    private static async Task<Run> OpenAllAsync(Func<string, Counters, Task> open, string run, int streams, TimeSpan interval)
    {
        var counters = new Counters(OpeningConcurrency);
        var start = Stopwatch.GetTimestamp();
        var tasks = new Task[streams];
        for (var i = 0; i < streams; i++)
        {
            await counters.Gate.WaitAsync();
            var id = $"resp_{run}_{i}";
            tasks[i] = Task.Run(async () =>
            {
                try
                {
                    await open(id, counters);
                }
                catch (Exception ex)
                {
                    counters.Fail(ex);
                }
            });
        }

        // Each stream frees its opening slot at its first event (or failure); wait for the last ones.
        var deadline = Stopwatch.GetTimestamp();
        while (Interlocked.Read(ref counters.Opened) + Interlocked.Read(ref counters.Failed) < streams)
        {
            if (Stopwatch.GetElapsedTime(deadline) > TimeSpan.FromSeconds(60) + (interval * 4))
            {
                throw new TimeoutException($"Only {counters.Opened} of {streams} streams got their first event.");
            }

            await Task.Delay(50);
        }

        return new Run(run, counters, tasks, Stopwatch.GetElapsedTime(start), interval);
    }

    private static async Task<(long Delivered, long Written)> FinishAsync(HttpClient http, Uri server, Run run)
    {
        using (var finish = await http.PostAsync(new Uri(server, $"control/finish/{run.Name}"), content: null))
        {
            finish.EnsureSuccessStatusCode();
        }

        // Every stream gets its terminal event within one interval of the finish; a stream still open long after that is lost.
        await Task.WhenAll(run.Tasks).WaitAsync(TimeSpan.FromSeconds(60) + (run.Interval * 4));
        var written = long.Parse(await http.GetStringAsync(new Uri(server, $"control/written/{run.Name}")), CultureInfo.InvariantCulture);
        return (Interlocked.Read(ref run.Counters.Delivered), written);
    }

    private static (long Managed, long WorkingSet) Snapshot(Process process)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        return (managed, process.WorkingSet64);
    }

    /// <summary>
    /// Sets HTTP/2 on every request. <see cref="HttpClient.DefaultRequestVersion"/> only reaches the messages
    /// <see cref="HttpClient"/> builds itself (<c>GetAsync</c>, <c>PostAsync</c>…); a client library that builds its own
    /// <see cref="HttpRequestMessage"/> (ours, and openai-dotnet's pipeline) sends it as 1.1, its default.
    /// </summary>
    private sealed class Http2OnlyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed record Run(string Name, Counters Counters, Task[] Tasks, TimeSpan OpenedIn, TimeSpan Interval);

    private sealed class Counters(int openingConcurrency)
    {
        public readonly SemaphoreSlim Gate = new(openingConcurrency);
        public long Opened;
        public long Delivered;
        public long OutOfOrder;
        public long NotTerminated;
        public long Failed;
        private Exception? _firstFailure;

        public void Deliver(bool inOrder, bool first)
        {
            Interlocked.Increment(ref Delivered);
            if (!inOrder)
            {
                Interlocked.Increment(ref OutOfOrder);
            }

            if (first)
            {
                Interlocked.Increment(ref Opened);
                Gate.Release();
            }
        }

        public void End(bool terminated)
        {
            if (!terminated)
            {
                Interlocked.Increment(ref NotTerminated);
            }
        }

        public void Fail(Exception ex)
        {
            if (Interlocked.Increment(ref Failed) == 1)
            {
                _firstFailure = ex;
                Console.Error.WriteLine($"first failure: {ex}");
            }

            // A stream that failed before its first event still frees its opening slot.
            Gate.Release();
        }

        public override string ToString() => _firstFailure?.Message ?? "ok";
    }
}
