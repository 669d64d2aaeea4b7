using System.Diagnostics;
using System.Text;
using BackgroundResponses;
using BackgroundResponses.Samples;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Logging;

namespace Quickstart;

/// <summary>
/// A tour of background responses: create and poll, stream through a dropped connection, cancel. With
/// <c>AZURE_OPENAI_ENDPOINT</c> it runs against Azure OpenAI (<c>AZURE_OPENAI_API_KEY</c> in the <c>api-key</c> header, or
/// keyless through <c>DefaultAzureCredential</c>; the deployment from <c>AZURE_OPENAI_DEPLOYMENT</c>), else with
/// <c>OPENAI_API_KEY</c> against OpenAI (<c>OPENAI_MODEL</c>), else offline against a fake of the API started in this process.
/// Exits 0 when every step did what it should, 1 with the reason otherwise.
/// </summary>
internal static class Program
{
    // About half of the fake's reply, so the drop lands mid-text.
    private const int DropAfterEvents = 60;

    private static async Task<int> Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        var console = new LiveConsole();
        var clock = Stopwatch.StartNew();
        SampleApi api;
        try
        {
            api = SampleApi.FromEnvironment(defaultModel: "gpt-4.1-mini");
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"✗ {ex.Message}");
            return 2;
        }

        var model = api.IsOnline ? api.Model : "fake-model";

        // A bound on the whole tour, so a hang fails the run (and CI) instead of stalling it.
        using var timeout = new CancellationTokenSource(api.IsOnline ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(90));
        try
        {
            await using var server = api.IsOnline ? null : await StartFakeServerAsync(timeout.Token);
            Console.WriteLine(server is null
                ? api.Description
                : $"Offline: a fake Responses API runs in this process at {server.BaseAddress} ({SampleApi.GoOnlineHint}).");

            var resumes = new ResumePrinter(console);
            using var loggerFactory = LoggerFactory.Create(logging => logging.AddProvider(resumes));
            var options = CreateOptions(api, server);
            using var httpClient = CreateHttpClient(options, loggerFactory);
            var client = new ResponsesClient(httpClient, options, loggerFactory);

            await CreateAndPollAsync(client, console, model, timeout.Token);
            await StreamThroughDropAsync(client, server, resumes, console, model, timeout.Token);
            await CancelRunningAsync(client, console, model, strict: server is not null, timeout.Token);

            console.Heading($"✓ Tour complete in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }
        catch (Exception ex)
        {
            console.BreakLine();
            var reason = timeout.IsCancellationRequested ? "the tour took too long" : $"{ex.GetType().Name}: {ex.Message}";
            await api.ReportFailureAsync($"Quickstart failed after {clock.Elapsed.TotalSeconds:0.0} s: {reason}", ex);

            return 1;
        }
    }

    private static Task<FakeResponsesServer> StartFakeServerAsync(CancellationToken cancellationToken) =>
        FakeResponsesServer.StartAsync(
            new FakeResponsesServerOptions
            {
                // Slow enough to watch the text arrive and see "queued", fast enough for a ~10 s tour.
                EventDelay = TimeSpan.FromMilliseconds(25),
                QueuedDuration = TimeSpan.FromMilliseconds(600),
            },
            cancellationToken);

    private static ResponsesClientOptions CreateOptions(SampleApi api, FakeResponsesServer? server)
    {
        // Azure: the resource's /openai/v1/ address and its sign-in. OpenAI: the key comes from OPENAI_API_KEY, the address is api.openai.com.
        var options = api.CreateOptions("quickstart");
        if (server is not null)
        {
            options.BaseAddress = server.BaseAddress;
            options.ApiKey = FakeResponsesServer.DefaultClientApiKey;
        }

        return options;
    }

    /// <summary>
    /// The client's own HttpClient, so that a logger factory can be passed in. <c>AddResponsesClient</c> builds the same
    /// pipeline for you in an app with dependency injection: the SDK's retry handler, and no overall timeout.
    /// </summary>
    private static HttpClient CreateHttpClient(ResponsesClientOptions options, ILoggerFactory loggerFactory) =>
        new(new ResponsesResilienceHandler(options.Retry, options.NetworkTimeout, loggerFactory: loggerFactory) { InnerHandler = new SocketsHttpHandler() })
        {
            // Streams stay open as long as the model writes; each non-streaming attempt is bounded by NetworkTimeout.
            Timeout = Timeout.InfiniteTimeSpan,
        };

    private static async Task CreateAndPollAsync(ResponsesClient client, LiveConsole console, string model, CancellationToken cancellationToken)
    {
        console.Heading("1. Create a background response and wait for it (CreateAsync, PollUntilTerminalAsync)");
        var created = await client.CreateAsync(
            new CreateResponseRequest { Model = model, Input = "In three sentences: why would an app run a model in background mode?" },
            cancellationToken: cancellationToken);
        console.Line($"created {created.Id}: the call returned at once, the model works on the server");

        // Polls faster than the defaults (1 s, growing) so that every change shows; a real app keeps the defaults.
        var polling = new PollingOptions { Delay = TimeSpan.FromMilliseconds(250), BackoffFactor = 1 };
        var done = await client.PollUntilTerminalAsync(created.Id, polling, new StatusPrinter(console), cancellationToken);
        Expect(done.Status == ResponseStatus.Completed, $"response {done.Id} ended {done.Status}, expected completed");
        console.Text(done.OutputText);
        console.BreakLine();
    }

    private static async Task StreamThroughDropAsync(ResponsesClient client, FakeResponsesServer? server, ResumePrinter resumes, LiveConsole console, string model, CancellationToken cancellationToken)
    {
        console.Heading("2. Stream a response as it is written, through a dropped connection (CreateStreamingAsync)");
        if (server is not null)
        {
            server.Faults.DropNextStreamAfter(DropAfterEvents);
            console.Line($"the fake server will cut the connection after {DropAfterEvents} events; the loop below does nothing about it");
        }
        else
        {
            console.Line("real API: no fault can be injected, so no drop this time (a real one would be resumed the same way)");
        }

        var request = new CreateResponseRequest { Model = model, Input = "Tell a short bedtime story about an otter who builds a rocket." };
        var text = new StringBuilder();
        string? responseId = null;
        int? lastSequenceNumber = null;
        var events = 0;
        await foreach (var e in client.CreateStreamingAsync(request, cancellationToken))
        {
            responseId ??= e.ResponseId;
            events++;
            switch (e)
            {
                case ResponseTextDeltaEvent delta:
                    text.Append(delta.Delta);
                    console.Text(delta.Delta);
                    break;
                case ResponsePolledEvent polled:
                    // The server refused to stream again: the SDK polled to the end. The text is in the final response.
                    text.Clear().Append(polled.Response.OutputText);
                    continue;
            }

            // The promise of transparent resume: one gapless sequence, as if the connection had never dropped.
            var expected = lastSequenceNumber is { } last ? last + 1 : 0;
            Expect(e.SequenceNumber == expected, $"event {e.SequenceNumber} arrived where {expected} was due");
            lastSequenceNumber = e.SequenceNumber;
        }

        console.BreakLine();
        Expect(responseId is not null, "the stream delivered no event");
        Expect(server is null || resumes.Resumes > 0, "the injected drop was never resumed (no StreamResumed log)");

        // The server's own record, fetched separately, is the yardstick for what the stream delivered.
        var final = await client.RetrieveAsync(responseId!, cancellationToken);
        Expect(final.OutputText == text.ToString(), "the streamed text differs from the final response's OutputText");
        console.Line($"✓ {events} events, sequence 0–{lastSequenceNumber} with no gap and no repeat; "
            + $"the streamed text ({text.Length} characters) is identical to the final response");
    }

    private static async Task CancelRunningAsync(ResponsesClient client, LiveConsole console, string model, bool strict, CancellationToken cancellationToken)
    {
        console.Heading("3. Cancel a running response (CancelAndWaitAsync)");
        var request = new CreateResponseRequest { Model = model, Input = "Write a 3000-word history of the lighthouse." };
        string? responseId = null;
        var deltas = 0;
        await foreach (var e in client.CreateStreamingAsync(request, cancellationToken))
        {
            responseId ??= e.ResponseId;
            if (e is ResponseTextDeltaEvent delta)
            {
                console.Text(delta.Delta);
                if (++deltas == 8)
                {
                    // Leaving the loop only closes the connection: a background job runs (and bills) until cancelled.
                    break;
                }
            }
        }

        console.Text(" …");
        Expect(responseId is not null, "the stream delivered no event");
        console.Line($"cancelling {responseId} while it is still being written");
        var final = await client.CancelAndWaitAsync(responseId!, cancellationToken: cancellationToken);
        if (final.Status == ResponseStatus.Cancelled)
        {
            console.Line($"✓ final status: {final.Status}");
            return;
        }

        // A fast real model can finish before the cancel arrives; the fake never does, so there it is a failure.
        Expect(!strict && final.Status == ResponseStatus.Completed, $"response {final.Id} ended {final.Status}, expected cancelled");
        console.Line($"final status: {final.Status} (the model finished before the cancel arrived)");
    }

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
