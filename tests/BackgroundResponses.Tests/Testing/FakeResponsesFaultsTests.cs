using BackgroundResponses.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

/// <summary>Each fault the fake can inject, and our client surviving it.</summary>
public class FakeResponsesFaultsTests
{
    [Fact]
    public async Task DropAfterEvents_CreateStreamingResumesGaplessWithTheFullText()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.DropNextStreamAfter(events: 41);

        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        AssertGapless(events);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        var serverView = server.GetResponse(completed.Response.Id)!;
        Assert.Equal(serverView.OutputText, Text(events));
        Assert.Equal(serverView.OutputText, completed.Response.OutputText);
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Query.Contains("starting_after=40", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DropAfterEvents_Repeatedly_StreamAsyncStillGetsEverything()
    {
        await using var server = await StartAsync();
        var client = server.FastClient(o => o.Streaming.MaxResumeAttempts = 10);
        var created = await client.CreateAsync(Request());
        server.Faults.DropNextStreamAfter(events: 7, times: 3);

        var events = await client.StreamAsync(created.Id).CollectAsync();

        AssertGapless(events);
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(server.GetResponse(created.Id)!.OutputText, Text(events));
        Assert.Equal(4, server.Requests.Count(r => r.Query.Contains("stream=true", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task DropMidEvent_ResumesFromTheLastWholeEvent()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.DropNextStreamMidEvent(events: 20);

        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        AssertGapless(events);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(server.GetResponse(completed.Response.Id)!.OutputText, Text(events));
        Assert.Contains(server.Requests, r => r.Query.Contains("starting_after=19", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(503, false)]
    [InlineData(429, true)]
    public async Task FailNextRequests_RetrieveSucceedsAfterRetries(int status, bool milliseconds)
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        server.Faults.FailNextRequests(2, status, TimeSpan.FromMilliseconds(5), milliseconds, method: "GET", pathPrefix: "/v1/responses/");

        var response = await client.RetrieveAsync(created.Id);

        Assert.Equal(created.Id, response.Id);
        Assert.Equal(3, server.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task FailNextRequests_SendsTheRetryHeadersAndAnErrorBody()
    {
        await using var server = await StartAsync();
        using var http = FakeResponsesServerTests.RawClient(server);
        server.Faults.FailNextRequests(1, 429, TimeSpan.FromMilliseconds(1500)).FailNextRequests(1, 503, TimeSpan.FromMilliseconds(250), retryAfterInMilliseconds: true);

        using var first = await http.GetAsync("responses/resp_x");
        using var second = await http.GetAsync("responses/resp_x");
        using var third = await http.GetAsync("responses/resp_x");

        Assert.Equal(429, (int)first.StatusCode);
        Assert.Equal("2", first.Headers.GetValues("Retry-After").Single());
        Assert.Contains("\"type\":\"rate_limit_exceeded\"", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(503, (int)second.StatusCode);
        Assert.Equal("250", second.Headers.GetValues("retry-after-ms").Single());
        Assert.Equal(404, (int)third.StatusCode);
    }

    [Fact]
    public async Task FailNextRequests_OnlyMatchingRequestsAreFaulted()
    {
        await using var server = await StartAsync();
        var client = server.FastClient(o => o.Retry.MaxRetryAttempts = 0);
        server.Faults.FailNextRequests(1, 500, method: "DELETE");

        var created = await client.CreateAsync(Request());
        await client.RetrieveAsync(created.Id);
        var failed = await Assert.ThrowsAnyAsync<ResponsesApiException>(() => client.DeleteAsync(created.Id));
        await client.DeleteAsync(created.Id);

        Assert.Equal(500, failed.Status);
    }

    [Fact]
    public async Task Stall_OurClientResumesAfterItsIdleTimeout()
    {
        await using var server = await StartAsync();
        var client = server.FastClient(o => o.Streaming.IdleTimeout = TimeSpan.FromMilliseconds(300));
        server.Faults.StallNextStream(TimeSpan.FromSeconds(30), afterEvents: 10);

        var started = DateTime.UtcNow;
        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(15));
        AssertGapless(events);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(server.GetResponse(completed.Response.Id)!.OutputText, Text(events));
        Assert.Contains(server.Requests, r => r.Query.Contains("starting_after=9", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ErrorEventShape.Flat)]
    [InlineData(ErrorEventShape.Nested)]
    public async Task ErrorEvent_EndsTheStream_AndOurClientThrowsResponseErrorEventException(ErrorEventShape shape)
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.EmitErrorEventInNextResponse(atSequenceNumber: 8, shape, code: "too_many_requests", message: "Too Many Requests");
        var events = new List<ResponseStreamEvent>();

        var thrown = await Assert.ThrowsAsync<ResponseErrorEventException>(async () =>
        {
            await foreach (var e in client.CreateStreamingAsync(Request()))
            {
                events.Add(e);
            }
        });

        Assert.Equal("too_many_requests", thrown.Code);
        var error = Assert.IsType<ResponseErrorEvent>(events[^1]);
        Assert.Equal(8, error.SequenceNumber);
        Assert.Equal("Too Many Requests", error.Message);
        if (shape == ErrorEventShape.Nested)
        {
            Assert.Equal("too_many_requests", error.ErrorType);
        }

        AssertGapless(events);
        Assert.Equal(ResponseStatus.Failed, server.GetResponse(events[0].ResponseId!)!.Status);
    }

    [Fact]
    public async Task ErrorEvent_RawShapes()
    {
        await using var server = await StartAsync();
        using var http = FakeResponsesServerTests.RawClient(server);
        server.Faults.EmitErrorEventInNextResponse(3, ErrorEventShape.Flat, "c1", "m1").EmitErrorEventInNextResponse(3, ErrorEventShape.Nested, "c2", "m2");

        var flat = await PostStreamAsync(http);
        var nested = await PostStreamAsync(http);

        Assert.EndsWith("event: error\ndata: {\"type\":\"error\",\"sequence_number\":3,\"code\":\"c1\",\"message\":\"m1\",\"param\":null}\n\n", flat, StringComparison.Ordinal);
        Assert.EndsWith("event: error\ndata: {\"type\":\"error\",\"sequence_number\":3,\"error\":{\"type\":\"c2\",\"code\":\"c2\",\"message\":\"m2\",\"param\":null}}\n\n", nested, StringComparison.Ordinal);

        static async Task<string> PostStreamAsync(HttpClient http)
        {
            using var response = await http.PostAsync("responses", new StringContent("""{"model":"m","input":"x","background":true,"stream":true}""", System.Text.Encoding.UTF8, "application/json"));
            return await response.Content.ReadAsStringAsync();
        }
    }

    [Fact]
    public async Task FailedResponse_EndsWithTypedFailedEventAndStatus()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.FailNextResponse(afterTextDeltas: 5);

        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        AssertGapless(events);
        var failed = Assert.IsType<ResponseFailedEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Failed, failed.Response.Status);
        Assert.Equal("server_error", failed.Response.Error!.Code!.Value.Value);
        Assert.Equal(5, events.OfType<ResponseTextDeltaEvent>().Count());
        Assert.Equal(ResponseStatus.Failed, (await client.RetrieveAsync(failed.Response.Id)).Status);
    }

    [Fact]
    public async Task IncompleteResponse_EndsWithTypedIncompleteEventAndReason()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.EndNextResponseIncomplete(afterTextDeltas: 10);

        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        AssertGapless(events);
        var incomplete = Assert.IsType<ResponseIncompleteEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Incomplete, incomplete.Response.Status);
        Assert.Equal("max_output_tokens", incomplete.Response.IncompleteDetails!.Reason!.Value.Value);
        Assert.Equal(Text(events), incomplete.Response.OutputText);
        Assert.Equal("incomplete", ((MessageItem)incomplete.Response.Output[0]).Status);
        Assert.Equal(ResponseStatus.Incomplete, (await client.RetrieveAsync(incomplete.Response.Id)).Status);
    }

    [Fact]
    public async Task RestreamWindowPassed_OurStreamFallsBackToPolling()
    {
        await using var server = await StartAsync(o => o.RestreamWindow = TimeSpan.Zero);
        var client = server.FastClient();
        server.Faults.DropNextStreamAfter(events: 10);

        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        var polled = Assert.IsType<ResponsePolledEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);
        Assert.Equal(server.GetResponse(polled.Response.Id)!.OutputText, polled.Response.OutputText);
        AssertGapless(events);
        Assert.Equal(10, events.Count - 1);

        using var http = FakeResponsesServerTests.RawClient(server);
        using var refused = await http.GetAsync($"responses/{polled.Response.Id}?stream=true");
        Assert.Equal(400, (int)refused.StatusCode);
        Assert.Contains("can no longer be streamed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestreamWindow_DefaultMessageMatchesTheRealService()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { TimeProvider = clock });
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        using var http = FakeResponsesServerTests.RawClient(server);

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        using var refused = await http.GetAsync($"responses/{created.Id}?stream=true");

        Assert.Contains("\"message\":\"This response can no longer be streamed because it is more than 5 minutes old.\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelMidStream_OurStreamEndsWithAPolledCancelledResponse()
    {
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(5));
        var client = server.FastClient();
        var other = server.FastClient();
        var events = new List<ResponseStreamEvent>();

        await foreach (var e in client.CreateStreamingAsync(Request()))
        {
            events.Add(e);
            if (events.OfType<ResponseTextDeltaEvent>().Count() == 10 && e is ResponseTextDeltaEvent)
            {
                var cancelled = await other.CancelAsync(e.ResponseId!);
                Assert.Equal(ResponseStatus.Cancelled, cancelled.Status);
            }
        }

        var polled = Assert.IsType<ResponsePolledEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Cancelled, polled.Response.Status);
        Assert.DoesNotContain(events, e => e is ResponseCompletedEvent);
        Assert.Equal(polled.Response.OutputText, Text(events));
        Assert.NotEmpty(polled.Response.OutputText);
        AssertGapless(events);
    }

    [Fact]
    public async Task Clear_DisarmsFaults()
    {
        await using var server = await StartAsync();
        var client = server.FastClient(o => o.Retry.MaxRetryAttempts = 0);
        server.Faults.FailNextRequests(5, 500).DropNextStreamAfter(1).FailNextResponse();

        server.Faults.Clear();
        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Single(server.Requests);
    }
}
