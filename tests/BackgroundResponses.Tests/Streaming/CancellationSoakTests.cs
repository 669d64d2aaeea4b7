using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using BackgroundResponses.Tests.TestSupport;
using Xunit.Abstractions;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// Cancellation at scale: runs cancelled at seeded random points, many at once, over loopback sockets
/// (<see cref="RawHttpServer"/>) and the SDK's whole HTTP stack, in four places: a stream awaiting its next event, a
/// stream between two events (the caller cancels while handling one), a poll waiting out its delay, and a poll whose
/// GET is in flight. Every run must end in <see cref="OperationCanceledException"/> within a few milliseconds of
/// <see cref="CancellationTokenSource.Cancel()"/> (p99 under 100 ms, asserted and reported), deliver no event after the
/// cancel, and release its connection: the server sees every connection the run had open closed by the client.
/// </summary>
[Collection(TimingSensitiveCollection.Name)]
public class CancellationSoakTests
{
    private const int Seed = 12;

    /// <summary>Runs in flight at once: enough that the thread pool, the timers and the sockets are all busy.</summary>
    private const int Concurrency = 12;

    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(120);

    /// <summary>How long a cancelled run may take to close its connection: an order of magnitude, not a race.</summary>
    private static readonly TimeSpan ReleaseBound = TimeSpan.FromSeconds(2);

    private readonly ITestOutputHelper _output;

    public CancellationSoakTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private enum Place
    {
        StreamAwaitingEvent,
        StreamBetweenEvents,
        PollInDelay,
        PollInFlight,
    }

    [Fact]
    public async Task ThousandRuns_CancelledAtRandomPoints_EndPromptly_WithOperationCanceled_AndReleaseTheirConnections()
    {
        var runs = RunCount();
        var exchanges = new ConcurrentDictionary<string, ConcurrentQueue<RawHttpExchange>>();
        var served = new ConcurrentDictionary<string, TaskCompletionSource>();
        await using var server = new RawHttpServer(exchange => Serve(exchange, exchanges, served));
        var transport = new CountingTransport();
        var client = Client(server, transport);
        var results = new RunResult[runs];
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, runs),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (run, _) => results[run] = await RunOnceAsync(client, run, served)).WaitAsync(HangBound);

        var elapsed = watch.Elapsed;

        // Released: every connection a run opened is closed, by the client (a stream or a GET in flight) or by the
        // server after a complete answer (a poll's earlier GETs, answered with Connection: close).
        var releases = new List<double>();
        foreach (var result in results)
        {
            var opened = exchanges.TryGetValue(result.Id, out var queue) ? queue.ToArray() : [];
            Assert.True(opened.Length > 0, $"{result.Id} reached the server");
            foreach (var exchange in opened)
            {
                await exchange.Closed.WaitAsync(ReleaseBound + ReleaseBound);
            }

            if (result.Place is not Place.PollInDelay)
            {
                // The connection in use when the run was cancelled: the client closed it, and soon.
                var open = opened[^1];
                Assert.True(open.ClientClosed.IsCompleted, $"{result.Id}: the server, not the client, closed the connection");
                var released = Stopwatch.GetElapsedTime(result.CancelledAt, open.ClientClosedAt);
                releases.Add(Math.Max(0, released.TotalMilliseconds));
                Assert.True(released < ReleaseBound, $"{result.Id} ({result.Place}): connection released {released.TotalMilliseconds:F0} ms after the cancel");
            }
        }

        await server.WaitUntilNoneOpenAsync(ReleaseBound);
        Assert.Equal(transport.Opened, transport.Closed);

        var latencies = results.Select(r => r.Latency.TotalMilliseconds).Order().ToArray();
        var types = results.GroupBy(r => r.ExceptionType).Select(g => $"{g.Key} ×{g.Count()}");
        _output.WriteLine($"{runs} runs ({Concurrency} at a time, seed {Seed}) in {elapsed.TotalSeconds:F1} s; {transport.Opened} connections");
        _output.WriteLine($"Cancel() → exception: p50 {Percentile(latencies, 0.50):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
        foreach (var place in Enum.GetValues<Place>())
        {
            var of = results.Where(r => r.Place == place).Select(r => r.Latency.TotalMilliseconds).Order().ToArray();
            _output.WriteLine($"  {place}: {of.Length} runs, p50 {Percentile(of, 0.50):F2} ms, p99 {Percentile(of, 0.99):F2} ms, max {of[^1]:F2} ms");
        }

        var releaseOrder = releases.Order().ToArray();
        _output.WriteLine($"Cancel() → server sees the connection closed: p50 {Percentile(releaseOrder, 0.50):F2} ms, p99 {Percentile(releaseOrder, 0.99):F2} ms, max {releaseOrder[^1]:F2} ms");
        _output.WriteLine($"exceptions: {string.Join(", ", types)}");

        Assert.All(results, r => Assert.Equal(0, r.EventsAfterCancel));
        Assert.True(Percentile(latencies, 0.99) < 100, $"p99 from Cancel() to the exception is {Percentile(latencies, 0.99):F1} ms");
    }

    private static async Task<RunResult> RunOnceAsync(ResponsesClient client, int run, ConcurrentDictionary<string, TaskCompletionSource> served)
    {
        // One generator per run, so a run's choices do not depend on how the runs interleave.
        var random = new Random((Seed * 100_003) + run);
        var place = (Place)(run % 4);
        var id = string.Create(CultureInfo.InvariantCulture, $"resp_{run}_{place}_{random.Next(1, 8)}");
        var pause = TimeSpan.FromMilliseconds(random.Next(0, 20));
        var firstAnswer = served.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        using var cts = new CancellationTokenSource();
        long cancelledAt = 0;
        var eventsAfterCancel = 0;

        void Cancel()
        {
            cancelledAt = Stopwatch.GetTimestamp();
            cts.Cancel();
        }

        Exception? caught = null;
        try
        {
            switch (place)
            {
                case Place.StreamAwaitingEvent:
                {
                    // The server sends a few events and then nothing: the enumerator is waiting on the socket.
                    var ready = int.Parse(id.Split('_')[^1], CultureInfo.InvariantCulture);
                    await using var events = client.StreamAsync(id, cancellationToken: cts.Token).GetAsyncEnumerator();
                    for (var i = 0; i < ready; i++)
                    {
                        Assert.True(await events.MoveNextAsync());
                    }

                    var next = events.MoveNextAsync();
                    await Task.Delay(pause);
                    Assert.False(next.IsCompleted, "the server sent nothing more, so the read must still be pending");
                    Cancel();
                    await next;
                    eventsAfterCancel++;
                    break;
                }

                case Place.StreamBetweenEvents:
                {
                    // Events keep coming in bursts, so some are usually buffered when the caller cancels while handling one.
                    var stopAfter = int.Parse(id.Split('_')[^1], CultureInfo.InvariantCulture);
                    var seen = 0;
                    await foreach (var e in client.StreamAsync(id, cancellationToken: cts.Token))
                    {
                        if (cancelledAt != 0)
                        {
                            eventsAfterCancel++;
                            continue;
                        }

                        if (++seen == stopAfter)
                        {
                            await Task.Delay(pause);
                            Cancel();
                        }
                    }

                    break;
                }

                case Place.PollInDelay:
                {
                    // Answered at once with in_progress; the next GET is 10 s away, so after the answer the poll is waiting.
                    var poll = client.PollUntilTerminalAsync(id, new PollingOptions { Delay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(10), UseJitter = false }, cts.Token);
                    await firstAnswer;
                    await Task.Delay(pause);
                    Assert.False(poll.IsCompleted);
                    Cancel();
                    await poll;
                    break;
                }

                default:
                {
                    // The GET is read by the server and never answered: the cancel finds it in flight.
                    var poll = client.PollUntilTerminalAsync(id, new PollingOptions { Delay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(10) }, cts.Token);
                    await firstAnswer;
                    await Task.Delay(pause);
                    Assert.False(poll.IsCompleted);
                    Cancel();
                    await poll;
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            caught = ex;
        }

        var latency = Stopwatch.GetElapsedTime(cancelledAt);
        Assert.True(cancelledAt != 0, $"{id} ended before it was cancelled: {caught}");
        var canceled = Assert.IsAssignableFrom<OperationCanceledException>(caught);

        // The caller's own token, so that "catch (OperationCanceledException e) when (e.CancellationToken == token)" works.
        Assert.Equal(cts.Token, canceled.CancellationToken);
        return new RunResult(id, place, latency, cancelledAt, caught!.GetType().Name, eventsAfterCancel);
    }

    private static async Task Serve(RawHttpExchange exchange, ConcurrentDictionary<string, ConcurrentQueue<RawHttpExchange>> exchanges, ConcurrentDictionary<string, TaskCompletionSource> served)
    {
        var path = exchange.Target.Split('?')[0];
        var id = path[(path.LastIndexOf('/') + 1)..];
        exchanges.GetOrAdd(id, _ => new()).Enqueue(exchange);
        var signal = served.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var parts = id.Split('_');
        var place = Enum.Parse<Place>(parts[2]);
        var n = int.Parse(parts[3], CultureInfo.InvariantCulture);
        switch (place)
        {
            case Place.StreamAwaitingEvent:
                await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
                await exchange.WriteChunkAsync(string.Concat(Enumerable.Range(0, n).Select(Event)));
                await Task.Delay(Timeout.Infinite, exchange.ClientGone);
                break;
            case Place.StreamBetweenEvents:
                await exchange.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
                for (var sequence = 0; ; sequence += 4)
                {
                    await exchange.WriteChunkAsync(string.Concat(Enumerable.Range(sequence, 4).Select(Event)));
                    await Task.Delay(5, exchange.ClientGone);
                }

            case Place.PollInDelay:
                var body = Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\",\"object\":\"response\",\"status\":\"in_progress\",\"created_at\":1,\"output\":[]}}");
                await exchange.WriteAsync($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
                await exchange.WriteAsync(body);
                signal.TrySetResult();
                break;
            default:
                signal.TrySetResult();
                await Task.Delay(Timeout.Infinite, exchange.ClientGone);
                break;
        }
    }

    private static string Event(int sequence) =>
        $"event: response.output_text.delta\ndata: {{\"type\":\"response.output_text.delta\",\"sequence_number\":{sequence},\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"x\",\"logprobs\":[]}}\n\n";

    /// <summary>1,000 by default; <c>CANCELLATION_RUNS</c> changes it.</summary>
    private static int RunCount() =>
        int.TryParse(Environment.GetEnvironmentVariable("CANCELLATION_RUNS"), CultureInfo.InvariantCulture, out var runs) && runs >= 8 ? runs : 1000;

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];

    /// <summary>The SDK's own resilience handler over a counted transport, as a client built from options has it.</summary>
    private static ResponsesClient Client(RawHttpServer server, CountingTransport transport)
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1 };
        var http = new HttpClient(new ResponsesResilienceHandler(options.Retry, options.NetworkTimeout) { InnerHandler = transport.Handler }) { Timeout = Timeout.InfiniteTimeSpan };
        return new ResponsesClient(http, options);
    }

    private sealed record RunResult(string Id, Place Place, TimeSpan Latency, long CancelledAt, string ExceptionType, int EventsAfterCancel);
}
