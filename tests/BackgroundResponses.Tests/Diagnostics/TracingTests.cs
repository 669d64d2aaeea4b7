using System.Diagnostics;
using System.Net;
using BackgroundResponses.Tests.Streaming;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Diagnostics;

public class TracingTests : IDisposable
{
    private readonly ActivityCollector _collector = new();

    public void Dispose() => _collector.Dispose();

    [Fact]
    public async Task Retrieve_MakesOneClientSpan_WithTheResponseIdStatusAndServer()
    {
        var handler = new CapturingHandler { Respond = _ => Json("""{"id":"resp_1","object":"response","created_at":1,"status":"in_progress","output":[]}""") };
        var client = CreateClient(handler);

        await client.RetrieveAsync("resp_1");

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.retrieve", span.OperationName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("resp_1", span.GetTagItem("background_responses.response_id"));
        Assert.Equal("in_progress", span.GetTagItem("background_responses.status"));
        Assert.Equal(_collector.Host, span.GetTagItem("server.address"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
    }

    [Fact]
    public async Task PollUntilTerminal_MakesOneSpanOverTheWholeWait_WithPollCountAndFinalStatus()
    {
        var answers = new Queue<string>(["queued", "in_progress", "completed"]);
        var handler = new CapturingHandler
        {
            Respond = _ => Json($$"""{"id":"resp_p","object":"response","created_at":1,"status":"{{(answers.Count > 1 ? answers.Dequeue() : answers.Peek())}}","output":[]}"""),
        };
        var client = CreateClient(handler);

        var final = await client.PollUntilTerminalAsync("resp_p", new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), MinDelay = TimeSpan.Zero });

        Assert.Equal(ResponseStatus.Completed, final.Status);
        var poll = Assert.Single(_collector.Stopped, a => a.OperationName == "responses.poll");
        Assert.Equal("resp_p", poll.GetTagItem("background_responses.response_id"));
        Assert.Equal("completed", poll.GetTagItem("background_responses.status"));
        Assert.Equal(3, poll.GetTagItem("background_responses.attempts"));
        Assert.Equal(_collector.Host, poll.GetTagItem("server.address"));
    }

    [Fact]
    public async Task RetriedCall_TagsItsSpanWithTheNumberOfAttempts()
    {
        var transport = new ScriptedHandler(
            ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable, "{}"),
            ScriptedHandler.Status(HttpStatusCode.OK, """{"id":"resp_r","object":"response","created_at":1,"status":"queued","output":[]}"""));
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _collector.BaseAddress, Retry = { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) } };
        var client = new ResponsesClient(new HttpClient(new ResponsesResilienceHandler(options.Retry, options.NetworkTimeout) { InnerHandler = transport }), options);

        await client.RetrieveAsync("resp_r");

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal(2, span.GetTagItem("background_responses.attempts"));
    }

    [Fact]
    public async Task Create_TagsTheIdTheServerGave()
    {
        var handler = new CapturingHandler { Respond = _ => Json("""{"id":"resp_new","object":"response","created_at":1,"status":"queued","output":[]}""") };
        var client = CreateClient(handler);

        await client.CreateAsync(new CreateResponseRequest { Model = "gpt-4.1", Input = "hi" });

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.create", span.OperationName);
        Assert.Equal("resp_new", span.GetTagItem("background_responses.response_id"));
        Assert.Equal("queued", span.GetTagItem("background_responses.status"));
    }

    [Fact]
    public async Task FailedCall_EndsItsSpanWithErrorStatus()
    {
        var client = CreateClient(new CapturingHandler());

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.CancelAsync("resp_gone"));
        await Assert.ThrowsAsync<ResponsesApiException>(() => client.DeleteAsync("resp_gone"));

        Assert.Equal(2, _collector.Stopped.Count);
        Assert.All(_collector.Stopped, span =>
        {
            Assert.Equal(ActivityStatusCode.Error, span.Status);
            Assert.Equal(typeof(ResponsesApiException).FullName, span.GetTagItem("error.type"));
            Assert.Equal("resp_gone", span.GetTagItem("background_responses.response_id"));
        });
        Assert.Equal(["responses.cancel", "responses.delete"], _collector.Stopped.Select(s => s.OperationName));
    }

    [Fact]
    public async Task InputItems_MakeOneSpanPerPage()
    {
        var handler = new CapturingHandler
        {
            Respond = request => Json(request.RequestUri!.Query.Contains("after=", StringComparison.Ordinal)
                ? """{"object":"list","data":[{"type":"message","id":"msg_2","role":"user","content":[{"type":"input_text","text":"b"}]}],"first_id":"msg_2","last_id":"msg_2","has_more":false}"""
                : """{"object":"list","data":[{"type":"message","id":"msg_1","role":"user","content":[{"type":"input_text","text":"a"}]}],"first_id":"msg_1","last_id":"msg_1","has_more":true}"""),
        };
        var client = CreateClient(handler);

        var items = 0;
        await foreach (var item in client.GetInputItemsAsync("resp_items"))
        {
            items++;
        }

        Assert.Equal(2, items);
        Assert.Equal(2, _collector.Stopped.Count(s => s.OperationName == "responses.input_items.page"));
    }

    [Fact]
    public async Task Stream_OneSpanCoversTheWholeEnumeration_WithResumesAndFinalStatus()
    {
        var events = RecordedStream.Events;
        var boundaries = RecordedStream.Boundaries(events);
        var server = new InMemoryStreamingServer(events) { Cut = i => i == 0 ? (boundaries[41], CutKind.Reset) : (null, CutKind.CleanEnd) };
        var spy = new CurrentActivitySpy(server);
        var client = CreateClient(spy);

        var read = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.stream", span.OperationName);
        Assert.Equal(RecordedStream.ResponseId, span.GetTagItem("background_responses.response_id"));
        Assert.Equal("completed", span.GetTagItem("background_responses.status"));
        Assert.Equal(1, span.GetTagItem("background_responses.stream.resumes"));
        Assert.Equal(read.Count, events.Count);

        // The resume is sent after many yields: it must still run under the stream's span.
        Assert.Equal(2, spy.Seen.Count);
        Assert.All(spy.Seen, seen => Assert.Same(span, seen));
    }

    [Fact]
    public async Task CreateStreaming_FailedCreate_EndsTheStreamSpanWithError()
    {
        var handler = new CapturingHandler
        {
            Respond = _ => new HttpResponseMessage(HttpStatusCode.BadRequest)
            {
                Content = new StringContent("""{"error":{"message":"bad model","type":"invalid_request_error","param":"model","code":null}}""", System.Text.Encoding.UTF8, "application/json"),
            },
        };
        var client = CreateClient(handler);

        await Assert.ThrowsAsync<ResponsesApiException>(() => StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "nope", Input = "hi" })));

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.create_streaming", span.OperationName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
    }

    [Fact]
    public async Task Stream_AbandonedEarly_StillEndsItsSpan()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = CreateClient(server);

        await foreach (var streamEvent in client.StreamAsync(RecordedStream.ResponseId))
        {
            Assert.Empty(_collector.Stopped);
            break;
        }

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal(RecordedStream.ResponseId, span.GetTagItem("background_responses.response_id"));
    }

    [Fact]
    public async Task Stream_FinishedByPolling_IsOneSpan_TaggedWithTheFallback()
    {
        var refused = """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":"stream","code":null}}""";
        var handler = new CapturingHandler
        {
            Respond = request => request.RequestUri!.Query.Contains("stream=true", StringComparison.Ordinal)
                ? InMemoryStreamingServer.Json(HttpStatusCode.BadRequest, refused)
                : Json("""{"id":"resp_f","object":"response","created_at":1,"status":"completed","output":[]}"""),
        };
        var client = CreateClient(handler);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync("resp_f"));

        Assert.IsType<ResponsePolledEvent>(Assert.Single(events));

        // One public call, one span: the polling inside it makes none that could pass for a PollUntilTerminalAsync.
        var stream = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.stream", stream.OperationName);
        Assert.Equal(true, stream.GetTagItem("background_responses.stream.polling_fallback"));
        Assert.Equal("completed", stream.GetTagItem("background_responses.status"));
    }

    [Fact]
    public async Task CancelAndWait_IsOneSpan_OverTheCancelAndThePolling()
    {
        var answers = new Queue<string>(["in_progress", "cancelled"]);
        var handler = new CapturingHandler
        {
            Respond = _ => Json($$"""{"id":"resp_c","object":"response","created_at":1,"status":"{{(answers.Count > 1 ? answers.Dequeue() : answers.Peek())}}","output":[]}"""),
        };
        var client = CreateClient(handler);

        var final = await client.CancelAndWaitAsync("resp_c", new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2), MinDelay = TimeSpan.Zero });

        Assert.Equal(ResponseStatus.Cancelled, final.Status);
        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.cancel_and_wait", span.OperationName);
        Assert.Equal("resp_c", span.GetTagItem("background_responses.response_id"));
        Assert.Equal("cancelled", span.GetTagItem("background_responses.status"));
        Assert.Equal(_collector.Host, span.GetTagItem("server.address"));
    }

    private static HttpResponseMessage Json(string json) => InMemoryStreamingServer.Json(HttpStatusCode.OK, json);

    private ResponsesClient CreateClient(HttpMessageHandler handler) =>
        new(new HttpClient(handler), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _collector.BaseAddress });

    /// <summary>Notes which span is current when each stream request goes out.</summary>
    private sealed class CurrentActivitySpy(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        public List<Activity?> Seen { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.Query.Contains("stream=true", StringComparison.Ordinal))
            {
                Seen.Add(Activity.Current);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
