using System.Net.Sockets;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using static BackgroundResponses.Tests.Polling.ScriptedPollingApi;

namespace BackgroundResponses.Tests.Polling;

/// <summary>The poll loop on its own, over the internal HTTP pipeline: no client, no resilience handler.</summary>
public class ResponsePollingPipelineTests
{
    private static readonly PollingOptions NoJitter = new() { UseJitter = false };

    private readonly SteppingTimeProvider _time = new();
    private readonly ScriptedPollingApi _api;
    private readonly ResponsePollingPipeline _sut;

    public ResponsePollingPipelineTests()
    {
        _api = new ScriptedPollingApi(_time);
        _sut = CreateSut(_api, _time, maxRetryAfter: TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task WaitAsync_NetworkFailuresInARow_ThrowsTheLastOneAfterMaxConsecutiveNetworkFailures()
    {
        _api.Then(Refused);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => Run(new PollingOptions { UseJitter = false, MaxConsecutiveNetworkFailures = 3 }));

        Assert.Equal(3, _api.Count("GET", "/responses/resp_1"));
        Assert.Contains("refused", ex.Message, StringComparison.OrdinalIgnoreCase);

        // The first two were waited out like any transient failure: 1 s, then 1.5 s.
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5)], _time.Waited);
    }

    [Fact]
    public async Task WaitAsync_AnyAnswerBetweenNetworkFailures_ResetsTheCount()
    {
        _api.Then(Refused).Then(Refused).Then(() => Error(503)).Then(Refused).Then(Refused).Then("completed");

        var final = await Run(new PollingOptions { UseJitter = false, MaxConsecutiveNetworkFailures = 3 });

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(6, _api.RequestCount);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(409)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(529)]
    public async Task WaitAsync_TransientStatus_IsRiddenThrough(int status)
    {
        _api.Then("queued").Then(() => Error(status)).Then(() => Error(status)).Then("completed");

        var final = await Run(NoJitter);

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(4, _api.RequestCount);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    public async Task WaitAsync_NonTransientStatus_EndsTheWaitAtOnce(int status)
    {
        _api.Then("queued").Then(() => Error(status));

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => Run(NoJitter));

        Assert.Equal(status, ex.Status);
        Assert.Equal(2, _api.RequestCount);
    }

    [Fact]
    public async Task WaitAsync_XShouldRetryFalse_OverridesATransientStatus()
    {
        _api.Then(() =>
        {
            var answer = Error(503);
            answer.Headers.TryAddWithoutValidation("x-should-retry", "false");
            return answer;
        });

        await Assert.ThrowsAsync<ResponsesApiException>(() => Run(NoJitter));

        Assert.Equal(1, _api.RequestCount);
    }

    [Fact]
    public async Task WaitAsync_MaxWaitAfterFailures_TimesOutCarryingTheLastFailure()
    {
        _api.Then("in_progress").Then(() => Error(503));

        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => Run(new PollingOptions { UseJitter = false, BackoffFactor = 1, MaxWait = TimeSpan.FromSeconds(4.5) }));

        var last = Assert.IsType<ResponsesApiException>(ex.InnerException);
        Assert.Equal(503, last.Status);
        Assert.Contains("The last retrieve failed", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.InProgress, ex.LastResponse!.Status);
    }

    [Fact]
    public async Task WaitAsync_RetryAfter_LengthensTheDelay_UpToMaxRetryAfter()
    {
        var sut = CreateSut(_api, _time, maxRetryAfter: TimeSpan.FromSeconds(5));
        _api.Then(() => Json(429, "{}", retryAfterSeconds: 3)).Then(() => Json(429, "{}", retryAfterSeconds: 3600)).Then("completed");

        await _time.RunAsync(sut.WaitAsync("resp_1", NoJitter, progress: null, initial: null, activity: null, CancellationToken.None), () => _api.RequestCount);

        // A floor under the backoff (1 s, 1.5 s), clamped by the one MaxRetryAfter.
        Assert.Equal([TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5)], _time.Waited);
    }

    [Fact]
    public async Task WaitAsync_PollAfterHint_ReplacesTheBackoff_WithinMinAndMaxDelay()
    {
        _api.Then("queued", pollAfterMs: 250).Then("in_progress", pollAfterMs: 0).Then("in_progress", pollAfterMs: 3_600_000).Then("completed");

        await Run(NoJitter);

        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10)], _time.Waited);
    }

    [Fact]
    public async Task RetrieveAsync_SendsOneGet_AndReadsTheResponse()
    {
        _api.Then("in_progress");

        var response = await _sut.RetrieveAsync("resp_1", CancellationToken.None);

        Assert.Equal(ResponseStatus.InProgress, response.Status);
        Assert.Equal([("GET", "/v1/responses/resp_1")], _api.Requests.Select(r => (r.Method, r.Path)));
    }

    private static HttpResponseMessage Refused() =>
        throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused));

    private static ResponsePollingPipeline CreateSut(ScriptedPollingApi api, TimeProvider time, TimeSpan maxRetryAfter)
    {
        var http = new ResponsesHttpPipeline(new HttpClient(api), new ResponsesEndpoint(new Uri("http://127.0.0.1:4010/v1/")), FakeApi.ApiKey, null, null, null, time, NullLogger.Instance);
        return new ResponsePollingPipeline(http, maxRetryAfter, NullLogger.Instance, random: () => 0);
    }

    private Task<ModelResponse> Run(PollingOptions options) =>
        _time.RunAsync(_sut.WaitAsync("resp_1", options, progress: null, initial: null, activity: null, CancellationToken.None), () => _api.RequestCount);
}
