using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Http;

/// <summary>A new user's first mistakes (a wrong or dead address, a hanging server): every call fails typed, fast and saying what it called.</summary>
public class ResponsesNetworkExceptionTests
{
    private static readonly CreateResponseRequest Request = new() { Model = "gpt-test", Input = "hi" };

    [Fact]
    public async Task CreateAsync_NothingListening_ThrowsResponsesNetworkException_NamingTheCall()
    {
        var client = DeadClient(out var address);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.CreateAsync(Request));

        // Refused: the create surely never reached a server, so it is not "outcome unknown" and nothing can have started.
        Assert.IsNotType<ResponseCreateOutcomeUnknownException>(ex);
        AssertNamesTheCall(ex, "POST", "/v1/responses", address);
        Assert.Equal(HttpRequestError.ConnectionError, ex.HttpRequestError);
        Assert.False(ex.IsTimeout);
        Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Contains("refused", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RetrieveAsync_NothingListening_ThrowsResponsesNetworkException_NamingTheCall()
    {
        var client = DeadClient(out var address);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.RetrieveAsync("resp_1"));

        AssertNamesTheCall(ex, "GET", "/v1/responses/resp_1", address);
        Assert.IsAssignableFrom<ResponsesException>(ex);
    }

    [Fact]
    public async Task CreateStreamingAsync_NothingListening_ThrowsResponsesNetworkException()
    {
        var client = DeadClient(out var address);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(async () =>
        {
            await foreach (var e in client.CreateStreamingAsync(Request))
            {
                GC.KeepAlive(e);
            }
        });

        AssertNamesTheCall(ex, "POST", "/v1/responses", address);
    }

    [Fact]
    public async Task StreamAsync_NothingListening_ThrowsAResponsesException_CarryingTheNetworkFailure()
    {
        var client = DeadClient(out _);

        var ex = await Assert.ThrowsAnyAsync<ResponsesException>(async () =>
        {
            await foreach (var e in client.StreamAsync("resp_1"))
            {
                GC.KeepAlive(e);
            }
        });

        Assert.IsType<ResponsesStreamException>(ex);
        Assert.IsType<ResponsesNetworkException>(ex.InnerException);
    }

    [Fact]
    public async Task CancelAndDelete_NothingListening_ThrowResponsesNetworkException()
    {
        var client = DeadClient(out var address);

        AssertNamesTheCall(await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.CancelAsync("resp_1")), "POST", "/v1/responses/resp_1/cancel", address);
        AssertNamesTheCall(await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.DeleteAsync("resp_1")), "DELETE", "/v1/responses/resp_1", address);
    }

    [Fact]
    public async Task InputItems_NothingListening_NeverShowsTheQueryOrTheKey()
    {
        var client = DeadClient(out _);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(async () =>
        {
            await foreach (var item in client.GetInputItemsAsync("resp_1", new ResponseInputItemsOptions { After = "msg_secret_cursor" }))
            {
                GC.KeepAlive(item);
            }
        });

        Assert.Equal("/v1/responses/resp_1/input_items", ex.RequestPath);
        Assert.DoesNotContain("msg_secret_cursor", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallerBuiltHttpClient_WithoutTheSdksHandler_StillThrowsTheTypedException()
    {
        var address = DeadAddress.Refusing();
        var client = new ResponsesClient(new HttpClient(), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = address });

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.RetrieveAsync("resp_1"));

        AssertNamesTheCall(ex, "GET", "/v1/responses/resp_1", address);
    }

    [Fact]
    public async Task CallerBuiltHttpClient_Timeout_IsATypedTimeout_NotACancellation()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) }, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1 });

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.RetrieveAsync("resp_1"));

        Assert.True(ex.IsTimeout);
        Assert.Contains("timed out", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAsync_ServerNeverAnswers_IsOutcomeUnknown_AndSentOnce()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, NetworkTimeout = TimeSpan.FromMilliseconds(300) });

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => client.CreateAsync(Request));

        Assert.True(ex.IsTimeout);
        Assert.Equal("POST", ex.RequestMethod);
        Assert.Equal(1, server.Connections);

        // Not a ResponsesNetworkException: a catch that retries those must never retry this one by accident.
        Assert.IsNotAssignableFrom<ResponsesNetworkException>(ex);
    }

    [Fact]
    public async Task CreateStreamingAsync_ServerNeverAnswers_IsOutcomeUnknown_AfterIdleTimeout_NotAWaitWithoutEnd()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, Streaming = { IdleTimeout = TimeSpan.FromMilliseconds(300) } });

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(async () =>
        {
            await foreach (var e in client.CreateStreamingAsync(Request))
            {
                GC.KeepAlive(e);
            }
        }).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(ex.IsTimeout);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task StreamAsync_ServerNeverAnswers_GivesUpAfterMaxResumeAttempts_WithATypedTimeout()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions
        {
            ApiKey = FakeApi.ApiKey,
            BaseAddress = server.V1,
            Streaming = { IdleTimeout = TimeSpan.FromMilliseconds(200), MaxResumeAttempts = 2, ResumeDelay = TimeSpan.FromMilliseconds(1), MaxResumeDelay = TimeSpan.FromMilliseconds(1) },
        });

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(async () =>
        {
            await foreach (var e in client.StreamAsync("resp_1"))
            {
                GC.KeepAlive(e);
            }
        }).WaitAsync(TimeSpan.FromSeconds(30));

        var cause = Assert.IsType<ResponsesNetworkException>(ex.InnerException);
        Assert.True(cause.IsTimeout);
        Assert.StartsWith("Could not open the stream of response resp_1 after 2 attempt(s)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseAddressWithAKeyInItsQuery_IsRefused_WithoutPrintingTheKey()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("https://example.test/openai/v1?api-key=sk-secret-in-query") }));

        Assert.Equal("BaseAddress", ex.ParamName);
        Assert.DoesNotContain("sk-secret-in-query", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetrieveAsync_ServerNeverAnswers_IsRetriedThenATypedTimeout()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions
        {
            ApiKey = FakeApi.ApiKey,
            BaseAddress = server.V1,
            NetworkTimeout = TimeSpan.FromMilliseconds(200),
            Retry = { MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) },
        });

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.RetrieveAsync("resp_1"));

        Assert.True(ex.IsTimeout);
        Assert.IsType<TimeoutException>(ex.InnerException);
    }

    [Fact]
    public async Task CallerCancellation_StaysAnOperationCanceledException()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1 });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RetrieveAsync("resp_1", cts.Token));

        Assert.IsNotAssignableFrom<ResponsesException>(ex);
    }

    private static ResponsesClient DeadClient(out Uri address)
    {
        address = DeadAddress.Refusing();
        return new ResponsesClient(new ResponsesClientOptions
        {
            ApiKey = FakeApi.ApiKey,
            BaseAddress = address,
            Retry = { MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1) },
            Streaming = { MaxResumeAttempts = 1 },
        });
    }

    private static void AssertNamesTheCall(ResponsesNetworkException ex, string method, string path, Uri address)
    {
        Assert.Equal(method, ex.RequestMethod);
        Assert.Equal(path, ex.RequestPath);
        Assert.Equal(address.Authority, ex.Host);
        Assert.StartsWith($"{method} {path} (host {address.Authority})", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }
}
