using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

public class FakeResponsesServerTests
{
    [Fact]
    public async Task StartAsync_ListensOnLoopbackWithV1Root()
    {
        await using var server = await StartAsync();

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.EndsWith("/v1/", server.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Background_RetrieveWalksQueuedInProgressCompleted_OnAFakeClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            TimeProvider = clock,
            QueuedDuration = TimeSpan.FromSeconds(30),
            EventDelay = TimeSpan.FromSeconds(1),
        });
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        Assert.Equal(ResponseStatus.Queued, created.Status);
        Assert.True(created.Background);
        Assert.Equal(clock.GetUtcNow(), created.CreatedAt);
        Assert.Equal(ResponseStatus.Queued, (await client.RetrieveAsync(created.Id)).Status);

        clock.Advance(TimeSpan.FromSeconds(30));
        var inProgress = await WaitForAsync(client, created.Id, r => r.Status == ResponseStatus.InProgress);
        Assert.Empty(inProgress.Output);

        var seen = new HashSet<int>();
        ModelResponse current;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        do
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
            current = await client.RetrieveAsync(created.Id);
            seen.Add(current.OutputText.Length);
            Assert.True(DateTime.UtcNow < deadline);
        }
        while (current.Status != ResponseStatus.Completed);

        Assert.True(seen.Count > 3, "retrieve should show the text growing while the response is in progress");
        Assert.Equal(FakeResponsesServerOptions.DefaultOutputText(Request()), current.OutputText);
        Assert.NotNull(current.Usage);
        Assert.NotNull(current.CompletedAt);
    }

    [Fact]
    public async Task CreateStreaming_YieldsTheRealisticLifecycle()
    {
        await using var server = await StartAsync(o => o.IncludeReasoning = true);
        var client = server.FastClient();

        var events = await client.CreateStreamingAsync(Request("Hello otters")).CollectAsync();

        AssertGapless(events);
        Assert.IsType<ResponseCreatedEvent>(events[0]);
        Assert.Equal(ResponseStatus.Queued, ((ResponseCreatedEvent)events[0]).Response.Status);
        Assert.IsType<ResponseQueuedEvent>(events[1]);
        Assert.IsType<ResponseInProgressEvent>(events[2]);
        Assert.IsType<ReasoningItem>(Assert.IsType<ResponseOutputItemAddedEvent>(events[3]).Item);
        Assert.IsType<ResponseReasoningSummaryPartAddedEvent>(events[4]);
        Assert.Contains(events, e => e is ResponseReasoningSummaryTextDeltaEvent);
        Assert.Contains(events, e => e is ResponseReasoningSummaryTextDoneEvent);
        Assert.Contains(events, e => e is ResponseReasoningSummaryPartDoneEvent);
        var deltas = events.OfType<ResponseTextDeltaEvent>().ToList();
        Assert.True(deltas.Count >= 60, $"only {deltas.Count} deltas");
        Assert.All(deltas, d => Assert.False(string.IsNullOrEmpty(d.Obfuscation)));
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Completed, completed.Response.Status);
        Assert.StartsWith("You said: \"Hello otters\".", completed.Response.OutputText, StringComparison.Ordinal);
        Assert.Equal(Text(events), completed.Response.OutputText);
        Assert.IsType<ReasoningItem>(completed.Response.Output[0]);
        Assert.NotNull(completed.Response.Usage);
        Assert.IsType<ResponseOutputItemDoneEvent>(events[^2]);
        Assert.IsType<ResponseContentPartDoneEvent>(events[^3]);
        Assert.IsType<ResponseTextDoneEvent>(events[^4]);
    }

    [Fact]
    public async Task OutputText_IsConfigurable()
    {
        await using var server = await StartAsync(o => o.OutputText = r => "echo: " + r.Input!.Text);
        var client = server.FastClient();

        var response = await client.CreateAsync(Request("ping"), background: false);

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal("echo: ping", response.OutputText);
    }

    [Fact]
    public async Task WireShapes_MatchTheRecordedTraffic()
    {
        await using var server = await StartAsync();
        using var http = RawClient(server);

        using var created = await http.PostAsync("responses", new StringContent("""{"model":"gpt-5.5","input":"hi","background":true,"stream":true}""", System.Text.Encoding.UTF8, "application/json"));
        var sse = await created.Content.ReadAsStringAsync();

        Assert.Equal("text/event-stream", created.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,", sse, StringComparison.Ordinal);
        Assert.Contains("\"error\":null", sse, StringComparison.Ordinal);
        Assert.Contains("\"usage\":null", sse, StringComparison.Ordinal);
        Assert.Contains("\"logprobs\":[],\"obfuscation\":", sse, StringComparison.Ordinal);
        Assert.Contains("\"part\":{\"type\":\"output_text\",\"text\":\"\",\"annotations\":[],\"logprobs\":[]}", sse, StringComparison.Ordinal);
        Assert.DoesNotContain("[DONE]", sse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamedText_IsRawUtf8OnTheWire_AsTheServiceSendsIt()
    {
        // The recorded stream carries "’" as its three UTF-8 bytes; escaped text would never make a client join split characters.
        const string Reply = "caf\u00e9 \u2019quoted\u2019 \ud83e\udda6 <&> \"q\" \\ end";
        await using var server = await StartAsync(o => o.OutputText = _ => Reply);
        using var http = RawClient(server);

        using var created = await http.PostAsync("responses", new StringContent("""{"model":"gpt-5.5","input":"hi","background":true,"stream":true}""", System.Text.Encoding.UTF8, "application/json"));
        var bytes = await created.Content.ReadAsByteArrayAsync();
        var sse = System.Text.Encoding.UTF8.GetString(bytes);

        Assert.Contains("\"delta\":\"caf\u00e9\"", sse, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00e9", sse, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u2019", sse, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\ud83e", sse, StringComparison.OrdinalIgnoreCase);
        Assert.True(bytes.AsSpan().IndexOf("\u2019quoted"u8) >= 0, "the right quote is not three raw bytes");
        Assert.True(bytes.AsSpan().IndexOf("\ud83e\udda6"u8) >= 0, "the otter is not four raw bytes");
        var client = server.FastClient();
        Assert.Equal(Reply, Text(await client.CreateStreamingAsync(Request()).CollectAsync()));
    }

    [Fact]
    public async Task Timestamps_AreWholeUnixSecondsEvenWhenTheClockHasAFraction()
    {
        // Regression: a fractional created_at made the official OpenAI client throw FormatException (it reads GetInt64).
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00.750Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { TimeProvider = clock, QueuedDuration = TimeSpan.Zero, EventDelay = TimeSpan.Zero });
        using var http = RawClient(server);

        using var created = await http.PostAsync("responses", new StringContent("""{"model":"gpt-5.5","input":"hi","background":true}""", System.Text.Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        JsonElement body;
        do
        {
            body = JsonDocument.Parse(await http.GetStringAsync($"responses/{id}")).RootElement;
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for completed.");
        }
        while (body.GetProperty("status").GetString() != "completed");

        Assert.Equal(1767225600, body.GetProperty("created_at").GetInt64());
        Assert.True(body.GetProperty("completed_at").TryGetInt64(out _), body.GetProperty("completed_at").GetRawText());
    }

    [Fact]
    public async Task StreamAsync_StartingAfterIsExclusive()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        await WaitForAsync(client, created.Id, r => r.Status == ResponseStatus.Completed);

        var resumed = await client.StreamAsync(created.Id, startingAfter: 5).CollectAsync();

        Assert.Equal(6, resumed[0].SequenceNumber);
        AssertGapless(resumed, first: 6);
        Assert.IsType<ResponseCompletedEvent>(resumed[^1]);

        using var http = RawClient(server);
        var raw = await http.GetStringAsync($"responses/{created.Id}?stream=true&starting_after=0");
        Assert.StartsWith("event: response.queued\ndata: {\"type\":\"response.queued\",\"sequence_number\":1,", raw, StringComparison.Ordinal);
        var all = await http.GetStringAsync($"responses/{created.Id}?stream=true");
        Assert.StartsWith("event: response.created", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_CatchesUpThenFollowsALiveResponse()
    {
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(3));
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        await WaitForAsync(client, created.Id, r => r.OutputText.Length > 0);

        var events = await client.StreamAsync(created.Id).CollectAsync();

        AssertGapless(events);
        Assert.Equal(server.GetResponse(created.Id)!.OutputText, Text(events));
    }

    [Fact]
    public async Task Cancel_IsIdempotentAndKeepsPartialOutput()
    {
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(5));
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        await WaitForAsync(client, created.Id, r => r.OutputText.Length > 0);

        var cancelled = await client.CancelAsync(created.Id);
        var again = await client.CancelAsync(created.Id);
        await Task.Delay(30);
        var later = await client.RetrieveAsync(created.Id);

        Assert.Equal(ResponseStatus.Cancelled, cancelled.Status);
        Assert.Equal(ResponseStatus.Cancelled, again.Status);
        Assert.Equal(cancelled.OutputText, again.OutputText);
        Assert.Equal(cancelled.OutputText, later.OutputText);
        Assert.NotEmpty(cancelled.OutputText);
        Assert.True(cancelled.OutputText.Length < FakeResponsesServerOptions.DefaultOutputText(Request()).Length);
        Assert.Null(cancelled.Usage);
    }

    [Fact]
    public async Task Cancel_AFinishedResponse_ReturnsItAsIs()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        var completed = await WaitForAsync(client, created.Id, r => r.Status == ResponseStatus.Completed);

        var cancelled = await client.CancelAsync(created.Id);

        Assert.Equal(ResponseStatus.Completed, cancelled.Status);
        Assert.Equal(completed.OutputText, cancelled.OutputText);
    }

    [Fact]
    public async Task Delete_ThenEverythingIs404()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());

        await client.DeleteAsync(created.Id);

        var retrieve = await Assert.ThrowsAnyAsync<ResponsesApiException>(() => client.RetrieveAsync(created.Id));
        Assert.Equal(404, retrieve.Status);
        Assert.Equal($"Response with id '{created.Id}' not found.", retrieve.ErrorMessage);
        Assert.Equal(404, (await Assert.ThrowsAnyAsync<ResponsesApiException>(() => client.DeleteAsync(created.Id))).Status);
        Assert.Null(server.GetResponse(created.Id));
    }

    [Fact]
    public async Task Delete_AnswersTheDeletionObject()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var created = await client.CreateAsync(Request());
        using var http = RawClient(server);

        var body = await (await http.DeleteAsync($"responses/{created.Id}")).Content.ReadAsStringAsync();

        Assert.Equal($$"""{"id":"{{created.Id}}","object":"response","deleted":true}""", body);
    }

    [Theory]
    [InlineData("GET", "responses/resp_nope")]
    [InlineData("POST", "responses/resp_nope/cancel")]
    [InlineData("DELETE", "responses/resp_nope")]
    [InlineData("GET", "responses/resp_nope/input_items")]
    [InlineData("GET", "responses/resp_nope?stream=true")]
    public async Task UnknownId_Is404WithTheOpenAiErrorBody(string method, string path)
    {
        await using var server = await StartAsync();
        using var http = RawClient(server);

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("Response with id 'resp_nope' not found.", error.GetProperty("message").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("code").ValueKind);
    }

    [Fact]
    public async Task NonBackground_RestreamIs400_AndOurStreamFallsBackToPolling()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var response = await client.CreateAsync(Request(), background: false);
        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.False(response.Background);

        using (var http = RawClient(server))
        {
            using var raw = await http.GetAsync($"responses/{response.Id}?stream=true");
            using var body = JsonDocument.Parse(await raw.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, raw.StatusCode);
            var error = body.RootElement.GetProperty("error");
            Assert.Equal("This response cannot be streamed because it was not created with background=true.", error.GetProperty("message").GetString());
            Assert.Equal("stream", error.GetProperty("param").GetString());
            Assert.Equal("invalid_request_error", error.GetProperty("code").GetString());
        }

        var events = await client.StreamAsync(response.Id).CollectAsync();

        var polled = Assert.IsType<ResponsePolledEvent>(Assert.Single(events));
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);
    }

    [Fact]
    public async Task InputItems_PageWithLimitOrderAndAfter()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        var input = Enumerable.Range(1, 5).Select(i => (ResponseItem)MessageItem.CreateUserMessage($"m{i}")).ToList();
        var created = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = input });

        var ascending = new List<ResponseItem>();
        await foreach (var item in client.GetInputItemsAsync(created.Id, new ResponseInputItemsOptions { PageSize = 2, Order = "asc" }))
        {
            ascending.Add(item);
        }

        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], ascending.Select(i => ((InputTextPart)((MessageItem)i).Content[0]).Text));
        Assert.Equal(3, server.Requests.Count(r => r.Path.EndsWith("/input_items", StringComparison.Ordinal)));

        using var http = RawClient(server);
        using var page = JsonDocument.Parse(await http.GetStringAsync($"responses/{created.Id}/input_items?limit=2"));
        var root = page.RootElement;
        Assert.Equal("list", root.GetProperty("object").GetString());
        Assert.True(root.GetProperty("has_more").GetBoolean());
        var data = root.GetProperty("data");
        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal(ascending[4].Id, root.GetProperty("first_id").GetString());
        Assert.Equal(ascending[3].Id, root.GetProperty("last_id").GetString());
        using var last = JsonDocument.Parse(await http.GetStringAsync($"responses/{created.Id}/input_items?limit=2&after={ascending[1].Id}"));
        Assert.False(last.RootElement.GetProperty("has_more").GetBoolean());
        Assert.Equal(ascending[0].Id, last.RootElement.GetProperty("last_id").GetString());
    }

    [Fact]
    public async Task Requests_AreLoggedWithAuthorizationRedacted()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-02-03T04:05:06Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { TimeProvider = clock });
        var client = server.FastClient();

        var created = await client.CreateAsync(Request("log me"));
        await client.RetrieveAsync(created.Id);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("POST", requests[0].Method);
        Assert.Equal("/v1/responses", requests[0].Path);
        Assert.Contains("\"background\":true", requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("log me", requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(RecordedRequest.RedactedValue, requests[0].Headers["Authorization"]);
        Assert.DoesNotContain(requests, r => r.Headers.Values.Any(v => v.Contains(FakeResponsesServer.DefaultClientApiKey, StringComparison.Ordinal)));
        Assert.Equal(clock.GetUtcNow(), requests[0].ReceivedAt);
        Assert.Equal("GET", requests[1].Method);
        Assert.Equal($"/v1/responses/{created.Id}", requests[1].Path);
        Assert.Equal(string.Empty, requests[1].Body);

        server.ClearRequests();
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ApiKey_WhenSet_IsRequired()
    {
        await using var server = await FakeResponsesServer.StartAsync(FastOptions(o => o.ApiKey = "sk-right"));
        var good = server.FastClient();
        var bad = server.FastClient(o => o.ApiKey = "sk-wrong");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        await good.CreateAsync(Request());
        var wrong = await Assert.ThrowsAnyAsync<ResponsesApiException>(() => bad.CreateAsync(Request()));
        using var missing = await http.GetAsync("responses/resp_x");

        Assert.Equal(401, wrong.Status);
        Assert.Equal("invalid_api_key", wrong.ErrorCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
    }

    internal static HttpClient RawClient(FakeResponsesServer server)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FakeResponsesServer.DefaultClientApiKey);
        return http;
    }
}
