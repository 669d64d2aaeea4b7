using System.Net;
using System.Net.Sockets;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.TestSupport.ScriptedHandler;

namespace BackgroundResponses.Tests.Http;

public class ResponsesResilienceHandlerTests
{
    private static readonly HttpRequestException ConnectionRefused =
        new(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:4010)", new SocketException((int)SocketError.ConnectionRefused));

    private static readonly HttpRequestException ResetAfterSend =
        new(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("reset"));

    // The official SDKs' rule: 408, 409, 429 and every 5xx.
    public static TheoryData<int> TransientStatuses() => new() { 408, 409, 429, 500, 501, 502, 503, 504, 529, 599 };

    [Theory]
    [MemberData(nameof(TransientStatuses))]
    public async Task Retrieve_TransientStatus_IsRetried(int status)
    {
        var transport = new ScriptedHandler(Status((HttpStatusCode)status, "{}"), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        var response = await client.RetrieveAsync("resp_1");

        Assert.Equal("resp_1", response.Id);
        Assert.Equal(2, transport.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(410)]
    [InlineData(422)]
    public async Task Retrieve_NonTransientStatus_IsNotRetried(int status)
    {
        var transport = new ScriptedHandler(Status((HttpStatusCode)status, "{}"));
        var client = CreateClient(transport);

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task DeleteAndCancel_AreRetriedToo_AndGiveUpAfterMaxRetryAttempts()
    {
        var transport = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable, "{}"));
        var client = CreateClient(transport, retries: 3);

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.DeleteAsync("resp_1"));
        Assert.Equal(4, transport.Count);

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.CancelAsync("resp_1"));
        Assert.Equal(8, transport.Count);
    }

    [Fact]
    public async Task Retrieve_ConnectionFailuresAndResets_AreRetried()
    {
        var transport = new ScriptedHandler(Throw(ConnectionRefused), Throw(ResetAfterSend), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await client.RetrieveAsync("resp_1");

        Assert.Equal(3, transport.Count);
    }

    [Fact]
    public async Task Retrieve_ShouldRetryFalse_IsNotRetried()
    {
        var transport = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable, "{}", ("x-should-retry", "false")), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Create_ConnectionRefusedBeforeSending_IsRetried()
    {
        var transport = new ScriptedHandler(Throw(ConnectionRefused), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await client.CreateAsync(new CreateResponseRequest { Model = "m" });

        Assert.Equal(2, transport.Count);
        Assert.All(transport.Requests, r => Assert.Equal(HttpMethod.Post, r.Method));
    }

    [Fact]
    public async Task Create_429_IsRetried_BecauseNothingWasStarted()
    {
        var transport = new ScriptedHandler(Status(HttpStatusCode.TooManyRequests, "{}"), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await client.CreateAsync(new CreateResponseRequest { Model = "m" });

        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Create_ShouldRetryTrue_IsRetried()
    {
        var transport = new ScriptedHandler(Status(HttpStatusCode.InternalServerError, "{}", ("x-should-retry", "true")), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await client.CreateAsync(new CreateResponseRequest { Model = "m" });

        Assert.Equal(2, transport.Count);
    }

    [Theory]
    [InlineData(408, true)]
    [InlineData(409, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(505, true)]
    [InlineData(599, true)]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(404, false)]
    [InlineData(600, false)]
    public void ApiException_IsTransient_FollowsTheSameRule(int status, bool transient)
    {
        Assert.Equal(transient, new ResponsesApiException(status, "x").IsTransient);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(409)]
    public async Task Create_ServerErrors_AreNotRetried_ExactlyOnePost(int status)
    {
        var transport = new ScriptedHandler(Status((HttpStatusCode)status, "{}"), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }));

        Assert.Equal(status, ex.Status);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Create_ResetAfterSending_IsNotRetried_AndSaysTheOutcomeIsUnknown()
    {
        var transport = new ScriptedHandler(Throw(ResetAfterSend), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }));

        Assert.Equal(1, transport.Count);
        Assert.Same(ResetAfterSend, ex.InnerException);
        Assert.Contains("second, paid job", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TimeoutAfterSending_IsNotRetried_AndSaysTheOutcomeIsUnknown()
    {
        var time = new FakeTimeProvider();
        var transport = new ScriptedHandler(Hang(), Status(HttpStatusCode.OK));
        var client = CreateClient(transport, time: time, networkTimeout: TimeSpan.FromSeconds(30));

        var call = client.CreateAsync(new CreateResponseRequest { Model = "m" });
        await WaitForAsync(() => transport.Count == 1);
        time.Advance(TimeSpan.FromSeconds(31));
        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => call);

        Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task Create_UncertainFailure_IsRetriedOnlyWhenTheUserOptsIn()
    {
        var transport = new ScriptedHandler(Throw(ResetAfterSend), Status(HttpStatusCode.OK));
        var client = CreateClient(transport, configure: r => r.RetryUncertainCreates = true);

        await client.CreateAsync(new CreateResponseRequest { Model = "m" });

        Assert.Equal(2, transport.Count);
    }

    [Fact]
    public async Task Retrieve_Timeout_IsRetried()
    {
        var time = new FakeTimeProvider();
        var transport = new ScriptedHandler(Hang(), Status(HttpStatusCode.OK));
        var client = CreateClient(transport, time: time, networkTimeout: TimeSpan.FromSeconds(30));

        var call = client.RetrieveAsync("resp_1");
        await WaitForAsync(() => transport.Count == 1);
        time.Advance(TimeSpan.FromSeconds(31));
        await WaitForAsync(() => transport.Count == 2, () => time.Advance(TimeSpan.FromMilliseconds(10)));

        Assert.Equal("resp_1", (await call).Id);
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "7", 7000)]
    [InlineData("Retry-After", "Wed, 25 Nov 2026 12:00:20 GMT", 20000)]
    public async Task TooManyRequests_WaitsExactlyWhatTheServerAsks(string header, string value, int expectedMs)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var transport = new ScriptedHandler(Status(HttpStatusCode.TooManyRequests, "{}", (header, value)), Status(HttpStatusCode.OK));
        var client = CreateClient(transport, time: time);

        var call = client.RetrieveAsync("resp_1");
        await WaitForAsync(() => transport.Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(expectedMs - 1));
        await Task.Delay(50);
        Assert.Equal(1, transport.Count);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAsync(() => transport.Count == 2);

        Assert.Equal("resp_1", (await call).Id);
    }

    [Fact]
    public async Task ServerDelay_IsClampedToMaxRetryAfter()
    {
        var time = new FakeTimeProvider();
        var transport = new ScriptedHandler(Status(HttpStatusCode.TooManyRequests, "{}", ("Retry-After", "3600")), Status(HttpStatusCode.OK));
        var client = CreateClient(transport, time: time, configure: r => r.MaxRetryAfter = TimeSpan.FromSeconds(5));

        var call = client.RetrieveAsync("resp_1");
        await WaitForAsync(() => transport.Count == 1);
        time.Advance(TimeSpan.FromSeconds(5));
        await WaitForAsync(() => transport.Count == 2);

        await call;
    }

    [Fact]
    public async Task StreamRequests_AreLeftToTheStreamsOwnResume()
    {
        var transport = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable, "{}"));
        var handler = new ResponsesResilienceHandler(new HttpRetryOptions { Delay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero }, TimeSpan.FromSeconds(100)) { InnerHandler = transport };
        using var http = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:4010/v1/responses/resp_1?stream=true");
        RequestKinds.Mark(request, RequestKind.Stream);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task StreamingCreate_IsNeverRepeatedAfterSending()
    {
        var transport = new ScriptedHandler(Throw(ResetAfterSend), Status(HttpStatusCode.OK));
        var client = CreateClient(transport);

        await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(async () =>
        {
            await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "m" }))
            {
                GC.KeepAlive(e);
            }
        });

        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public async Task CallerCancellation_IsNotRetriedNorReportedAsUnknownOutcome()
    {
        var transport = new ScriptedHandler(Hang());
        var client = CreateClient(transport);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }, cancellationToken: cts.Token));

        Assert.Equal(1, transport.Count);
    }

    [Fact]
    public void RequestKinds_ReadTheMarkAndNeverThePathOrHeaders()
    {
        // A mark wins over anything the request looks like.
        using var cancel = new HttpRequestMessage(HttpMethod.Post, "http://h/v1/responses/r/cancel");
        Assert.Equal(RequestKind.Create, RequestKinds.Of(cancel));
        RequestKinds.Mark(cancel, RequestKind.Cancel);
        Assert.Equal(RequestKind.Cancel, RequestKinds.Of(cancel));

        // Unmarked requests (not built by the SDK) are judged by method alone: an Accept header changes nothing.
        using var unmarkedStream = new HttpRequestMessage(HttpMethod.Get, "http://h/v1/responses/r?stream=true");
        unmarkedStream.Headers.Accept.ParseAdd("text/event-stream");
        Assert.Equal(RequestKind.Read, RequestKinds.Of(unmarkedStream));
        using var delete = new HttpRequestMessage(HttpMethod.Delete, "http://h/v1/responses/r");
        Assert.Equal(RequestKind.Read, RequestKinds.Of(delete));
        using var post = new HttpRequestMessage(HttpMethod.Post, "http://h/v1/anything");
        Assert.Equal(RequestKind.Create, RequestKinds.Of(post));
    }

    [Fact]
    public void RequestKinds_SdkRequestsCarryTheirKindWithoutAnOptionsEntry()
    {
        foreach (var kind in new[] { RequestKind.Poll, RequestKind.Stream, RequestKind.CreateStream, RequestKind.Create })
        {
            // A GET marked as a create must read back as a create: the kind comes from the mark, not from the method.
            using var request = RequestKinds.Create(HttpMethod.Get, new Uri("http://h/v1/responses/r"), kind);
            Assert.Equal(kind, RequestKinds.Of(request));
            Assert.Empty(request.Options);

            RequestKinds.Mark(request, RequestKind.Cancel);
            Assert.Equal(RequestKind.Cancel, RequestKinds.Of(request));
            Assert.Empty(request.Options);
        }
    }

    [Fact]
    public async Task OverRealHttp_ACreateAnswered500_ReachesTheServerExactlyOnce()
    {
        using var api = new FakeApi();
        api.Stub("POST", "/v1/responses", 500, """{"error":{"message":"boom","type":"server_error","param":null,"code":null}}""");
        var client = api.CreateClient(o => o.Retry = new HttpRetryOptions { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) });

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }));

        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Create_TlsHandshakeFailure_IsNotSent_SoItIsRetried_AndNeverOutcomeUnknown()
    {
        var tls = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established.", new System.Security.Authentication.AuthenticationException("handshake"));
        var transport = new ScriptedHandler(Throw(tls), Throw(tls), Throw(tls), Throw(tls));
        var client = CreateClient(transport);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }));

        Assert.Equal(HttpRequestError.SecureConnectionError, ex.HttpRequestError);
        Assert.Contains("TLS", ex.Message, StringComparison.Ordinal);
        Assert.Equal(4, transport.Count);
    }

    [Fact]
    public async Task CancelAndWait_Cancel409_IsNotRetried_ThePollTakesOver()
    {
        var transport = new ScriptedHandler(
            Status(HttpStatusCode.Conflict, """{"error":{"message":"Cannot cancel a completed response.","type":"invalid_request_error","param":null,"code":null}}"""),
            Status(HttpStatusCode.OK, """{"id":"resp_1","object":"response","created_at":1,"status":"completed","output":[]}"""));
        var client = CreateClient(transport);

        var final = await client.CancelAndWaitAsync("resp_1");

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(["POST", "GET"], transport.Requests.Select(r => r.Method.Method));
    }

    [Fact]
    public async Task PollLoopRetrieves_AreSentOncePerPoll_RetriesDoNotMultiply()
    {
        var transport = new ScriptedHandler(Throw(ConnectionRefused));
        var client = CreateClient(transport, retries: 3);

        await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.PollUntilTerminalAsync("resp_1", new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1), MinDelay = TimeSpan.Zero, MaxConsecutiveNetworkFailures = 3 }));

        // Three polls, one request each: not 3 × (1 + 3 HTTP retries).
        Assert.Equal(3, transport.Count);
    }

    [Fact]
    public async Task StreamResumeGets_AreSentOncePerResumeAttempt_RetriesDoNotMultiply()
    {
        var transport = new ScriptedHandler(Throw(ConnectionRefused));
        var client = CreateClient(transport, retries: 3, configureStreaming: s =>
        {
            s.MaxResumeAttempts = 3;
            s.ResumeDelay = TimeSpan.FromMilliseconds(1);
            s.MaxResumeDelay = TimeSpan.FromMilliseconds(1);
        });

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(async () =>
        {
            await foreach (var e in client.StreamAsync("resp_1"))
            {
                GC.KeepAlive(e);
            }
        });

        Assert.IsType<ResponsesNetworkException>(ex.InnerException);
        Assert.Equal(3, transport.Count);
    }

    private static ResponsesClient CreateClient(HttpMessageHandler transport, int retries = 3, FakeTimeProvider? time = null, TimeSpan? networkTimeout = null, Action<HttpRetryOptions>? configure = null, Action<StreamingOptions>? configureStreaming = null)
    {
        var options = new ResponsesClientOptions
        {
            ApiKey = FakeApi.ApiKey,
            BaseAddress = new Uri("http://127.0.0.1:4010/v1/"),
            NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(100),
            Retry = { MaxRetryAttempts = retries, Delay = time is null ? TimeSpan.FromMilliseconds(1) : TimeSpan.FromMilliseconds(10), MaxDelay = time is null ? TimeSpan.FromMilliseconds(2) : TimeSpan.FromMilliseconds(20) },
        };
        configure?.Invoke(options.Retry);
        configureStreaming?.Invoke(options.Streaming);
        var handler = new ResponsesResilienceHandler(options.Retry, options.NetworkTimeout, time) { InnerHandler = transport };
        return new ResponsesClient(new HttpClient(handler), options, loggerFactory: null, timeProvider: time);
    }

    private static async Task WaitForAsync(Func<bool> condition, Action? nudge = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached in time");
            nudge?.Invoke();
            await Task.Delay(5);
        }
    }
}
