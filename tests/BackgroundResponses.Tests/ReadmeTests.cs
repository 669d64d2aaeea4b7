using System.Net;
using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace BackgroundResponses.Tests;

/// <summary>
/// Keeps the examples of README.md and of docs/client.md's neighbours (polling.md, streaming.md, models.md) compiled and working:
/// each one is a region of this file, run against a fake server. A snippet the README shows is also on its docs page.
/// </summary>
public class ReadmeTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("readme-quick-example", "README.md")]
    [InlineData("readme-dedupe", "docs/streaming.md")]
    [InlineData("readme-polling", "docs/polling.md")]
    [InlineData("readme-status-printer", "docs/polling.md")]
    [InlineData("readme-responses-json", "docs/models.md")]
    [InlineData("readme-streaming", "README.md")]
    [InlineData("readme-streaming", "docs/streaming.md")]
    [InlineData("readme-resume-token", "README.md")]
    [InlineData("readme-resume-token", "docs/streaming.md")]
    public void ReadmeSnippet_IsTheCompiledCodeVerbatim(string name, string page)
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "ReadmeTests.cs");
        var markdown = RepositoryFiles.Read(page.Split('/'));

        Assert.Equal(RepositoryFiles.Snippet(source, name), RepositoryFiles.MarkdownSnippet(markdown, name));
    }

    [Fact]
    public async Task ReadmeQuickExample_RunsToCompletion()
    {
        _api.Stub("POST", "/v1/responses", 200, """{"id":"resp_readme","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""");
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_readme").UsingGet())
            .InScenario("readme").WillSetStateTo("done")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithHeader("openai-poll-after-ms", "0")
                .WithBody("""{"id":"resp_readme","object":"response","created_at":1741290958,"status":"in_progress","background":true,"output":[]}"""));
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_readme").UsingGet())
            .InScenario("readme").WhenStateIs("done")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"id":"resp_readme","object":"response","created_at":1741290958,"status":"completed","background":true,"output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Otters, in space.","annotations":[]}]}]}"""));
        var output = new StringWriter();
        var original = Console.Out;

        ModelResponse final;
        Console.SetOut(output);
        try
        {
            final = await QuickExampleAsync(FakeApi.ApiKey, _api.V1);
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Contains("completed: Otters, in space.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task ReadmeStreamingExamples_RunAgainstAStreamThatDrops()
    {
        var boundaries = RecordedStream.Boundaries(RecordedStream.Events);
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = i => i == 0 ? (boundaries[100], CutKind.Reset) : (null, CutKind.CleanEnd) };
        using var http = new HttpClient(server);
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") });
        var tokenPath = Path.Combine(Path.GetTempPath(), $"readme-{Guid.NewGuid():N}.token");
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            // begin-snippet: readme-streaming
            ResponseResumeToken? lastSeen = null;
            await foreach (ResponseStreamEvent e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Tell me a bedtime story." }))
            {
                switch (e)
                {
                    case ResponseTextDeltaEvent delta:
                        Console.Write(delta.Delta);
                        break;
                    case ResponsePolledEvent polled: // the server would not resume the stream: the SDK polled instead
                        Console.WriteLine(polled.Response.OutputText);
                        break;
                }

                lastSeen = e.ResumeToken ?? lastSeen; // null only on the SDK's ResponsePolledEvent, which ends the stream
            }

            // Should this process stop half-way, keep where it was; the token is a short string.
            await File.WriteAllTextAsync(tokenPath, lastSeen!.ToString());
            // end-snippet

            // begin-snippet: readme-resume-token
            // Later, perhaps in another process or on another machine:
            var token = ResponseResumeToken.Parse(await File.ReadAllTextAsync(tokenPath));
            ModelResponse final = await client.StreamAsync(token).ToResponseAsync();
            // end-snippet

            Assert.Equal(ResponseStatus.Completed, final.Status);
        }
        finally
        {
            Console.SetOut(original);
            File.Delete(tokenPath);
        }

        Assert.StartsWith(RecordedStream.Text, output.ToString(), StringComparison.Ordinal);
        Assert.Equal([null, "99", "335"], server.StartingAfterValues);
    }

    [Fact]
    public async Task ReadmeDedupeExample_KeepsTheFinalPolledEvent()
    {
        // Events 0..2 were handled before. The stream starts from the beginning, ends after event 3, and the server
        // then refuses to stream it again: the SDK finishes by polling.
        var refused = """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":"stream","code":null}}""";
        var server = new InMemoryStreamingServer(RecordedStream.Events)
        {
            Cut = i => (RecordedStream.Boundaries(RecordedStream.Events)[4], CutKind.CleanEnd),
            Override = i => i == 0 ? null : InMemoryStreamingServer.Json(HttpStatusCode.BadRequest, refused),
        };
        using var http = new HttpClient(server);
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") });
        var handled = new List<ResponseStreamEvent>();
        void Handle(ResponseStreamEvent e) => handled.Add(e);
        var responseId = RecordedStream.ResponseId;

        // begin-snippet: readme-dedupe
        int? last = 2; // the last sequence number you handled, from your own store
        await foreach (ResponseStreamEvent e in client.StreamAsync(responseId))
        {
            if (e.SequenceNumber <= last)
            {
                continue; // seen it already
            }

            last = e.SequenceNumber ?? last;
            Handle(e);
        }
        // end-snippet

        Assert.Equal([3, null], handled.Select(e => e.SequenceNumber));
        Assert.IsType<ResponsePolledEvent>(handled[^1]);
    }

    [Fact]
    public async Task ReadmePollingExample_TimesOutAndCancels()
    {
        _api.Stub("GET", "/v1/responses/resp_readme", 200, """{"id":"resp_readme","object":"response","created_at":1741290958,"status":"in_progress","background":true,"output":[]}""");
        _api.Stub("POST", "/v1/responses/resp_readme/cancel", 200, """{"id":"resp_readme","object":"response","created_at":1741290958,"status":"cancelled","background":true,"output":[]}""");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var http = new HttpClient();
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _api.V1 }, loggerFactory: null, time);
        var response = new ModelResponse { Id = "resp_readme" };
        var cancellationToken = CancellationToken.None;
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var run = Task.Run(async () =>
            {
                // begin-snippet: readme-polling
                var options = new PollingOptions
                {
                    MaxWait = TimeSpan.FromMinutes(20),
                    CancelOnTimeout = true,                          // stop paying for a job nobody will read
                };
                var progress = new StatusPrinter(); // in_progress → completed, in order

                try
                {
                    ModelResponse done = await client.PollUntilTerminalAsync(response.Id, options, progress, cancellationToken);
                }
                catch (ResponsesPollingTimeoutException timeout)
                {
                    Console.WriteLine($"Gave up after {timeout.Elapsed}; last seen: {timeout.LastResponse?.Status}");
                }
                // end-snippet
            });

            // Once the first poll is on the wire, MaxWait's timer is registered (at fake time 0). Then jump the fake
            // clock a minute at a time, exactly up to MaxWait, and stop: the cancel sent on timeout is bounded on the
            // same clock, so moving it further could cut that cancel short.
            var deadline = System.Diagnostics.Stopwatch.StartNew();
            while (!_api.Requests.Any(r => r.Method == "GET") && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(5);
            }

            for (var minute = 0; minute < 20; minute++)
            {
                await Task.Delay(5);
                time.Advance(TimeSpan.FromMinutes(1));
            }

            await run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Console.SetOut(original);
        }

        // In order: the status reported while polling, then the timeout (Progress<T> would post to the thread pool).
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("in_progress", lines[0]);
        Assert.StartsWith("Gave up after 00:20:00", lines[1], StringComparison.Ordinal);
        Assert.Contains("last seen: cancelled", lines[1], StringComparison.Ordinal);
        Assert.Contains(_api.Requests, r => r.Path == "/v1/responses/resp_readme/cancel");
    }

    [Fact]
    public void ReadmeJsonExample_StoresAndReplaysARecordedResponseAndEvent()
    {
        var response = ResponsesJson.DeserializeModelResponse(TestFixtures.Read("recorded", "background-stream.retrieve-completed.json"));
        var streamEvent = ResponsesJson.DeserializeResponseStreamEvent(TestFixtures.ReadSseData("background-stream.sse")[^1].GetRawText());

        // begin-snippet: readme-responses-json
        // Store a response (a database column, a file, a queue message) and read it back later:
        string stored = ResponsesJson.Serialize(response);
        ModelResponse restored = ResponsesJson.DeserializeModelResponse(stored);

        // The same for stream events, for example to record a stream and replay it in a test:
        string line = ResponsesJson.Serialize(streamEvent);
        ResponseStreamEvent replayed = ResponsesJson.DeserializeResponseStreamEvent(line);
        // end-snippet

        Assert.Equal(response.OutputText, restored.OutputText);
        Assert.Equal(stored, ResponsesJson.Serialize(restored));
        Assert.Equal(ResponseStatus.Completed, Assert.IsType<ResponseCompletedEvent>(replayed).Response.Status);
        Assert.Equal(line, ResponsesJson.Serialize(replayed));
    }

    private static async Task<ModelResponse> QuickExampleAsync(string apiKey, Uri baseAddress)
    {
        // The README shows the client built from options with the key only; the test also points it at the fake server.
        var testClient = new ResponsesClient(new ResponsesClientOptions { ApiKey = apiKey, BaseAddress = baseAddress });
        var client = testClient;
        {
            // begin-snippet: readme-quick-example
            ModelResponse response = await client.CreateAsync(new CreateResponseRequest
            {
                Model = "gpt-5.5",
                Input = "Write a very long novel about otters in space.",
            });

            // Polls until completed, failed, cancelled or incomplete (honouring the server's poll-after hint).
            response = await client.PollUntilTerminalAsync(response.Id);

            Console.WriteLine($"{response.Status}: {response.OutputText}");
            // end-snippet
            return response;
        }
    }

    // begin-snippet: readme-status-printer
    // Reports on the polling thread, so lines come out in order. (Progress<T> posts each report to the
    // SynchronizationContext, or in a console app to the thread pool, where they can overtake each other.)
    private sealed class StatusPrinter : IProgress<ModelResponse>
    {
        public void Report(ModelResponse value) => Console.WriteLine(value.Status);
    }
    // end-snippet
}
