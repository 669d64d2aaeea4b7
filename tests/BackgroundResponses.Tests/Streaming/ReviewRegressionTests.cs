using System.Net;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>Regressions found in review: each test failed before its fix.</summary>
public class ReviewRegressionTests
{
    [Fact]
    public async Task EventsWithoutSequenceNumbers_AreAllDelivered_NotDroppedAsRepeats()
    {
        // The spec's own SSE example carries no sequence_number; compatible servers do the same.
        var body = """
            event: response.created
            data: {"type":"response.created","response":{"id":"resp_abc","object":"response","created_at":1,"status":"in_progress","output":[]}}

            event: response.output_text.delta
            data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi"}

            event: response.output_text.delta
            data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":" there"}

            event: response.completed
            data: {"type":"response.completed","response":{"id":"resp_abc","object":"response","created_at":1,"status":"completed","output":[]}}


            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        var server = new RawBodyServer(_ => System.Text.Encoding.UTF8.GetBytes(body));
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync("resp_abc"));

        Assert.Equal(4, events.Count);
        Assert.Equal("Hi there", StreamTestClient.Text(events));
        Assert.All(events, e => Assert.Null(e.SequenceNumber));
        Assert.All(events, e => Assert.Null(e.ResumeToken));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task AStreamWithoutSequenceNumbers_ThatDrops_FailsRatherThanReplayingEverything()
    {
        var frame = "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}\n\n"u8.ToArray();
        var handler = new ScriptedHandler((_, _) =>
        {
            var content = new StreamContent(new ScriptedBodyStream(frame.Concat(frame).ToArray(), cutAt: frame.Length * 2, CutKind.Reset));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        });
        var client = StreamTestClient.Create(handler);

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_abc")));

        Assert.Contains("sequence_number", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task ASlowConsumer_IsNotMistakenForAnIdleServer()
    {
        // All events are already buffered; the consumer then takes longer than IdleTimeout on the first one.
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server, o => o.IdleTimeout = TimeSpan.FromMilliseconds(200));
        var count = 0;

        await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
        {
            if (count++ == 0)
            {
                await Task.Delay(600);
            }
        }

        Assert.Equal(336, count);
        Assert.Equal(1, server.StreamConnections);
    }

    [Fact]
    public async Task CreateStreaming_EnumeratedTwice_SendsTwoCompleteCreates()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);
        var events = client.CreateStreamingAsync(new CreateResponseRequest { Model = "m", Input = "x" });

        Assert.Equal(336, (await StreamTestClient.ReadAllAsync(events)).Count);
        Assert.Equal(336, (await StreamTestClient.ReadAllAsync(events)).Count);

        Assert.Equal(2, server.RequestBodies.Count(b => b is not null && b.Contains("\"stream\":true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AbsurdRetryAfter_StillGivesTheApiException()
    {
        var transport = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.BadRequest, """{"error":{"message":"bad","type":"invalid_request_error","param":null,"code":null}}""", ("retry-after-ms", "1e300")));
        var client = new ResponsesClient(new HttpClient(transport), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") });

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(TimeSpan.MaxValue, ex.RetryAfter);
    }

    [Fact]
    public async Task ShouldRetryFalse_EndsAPollingWaitAtOnce()
    {
        var transport = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.InternalServerError, """{"error":{"message":"no","type":"server_error","param":null,"code":null}}""", ("x-should-retry", "false")));
        var client = new ResponsesClient(new HttpClient(transport), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") });

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.PollUntilTerminalAsync("resp_1", new PollingOptions { MaxWait = TimeSpan.FromSeconds(30) }));

        Assert.False(ex.IsTransient);
        Assert.Equal(1, transport.Count);
    }
}
