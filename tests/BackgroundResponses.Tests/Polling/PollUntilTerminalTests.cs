using static BackgroundResponses.Tests.Polling.ScriptedPollingApi;

namespace BackgroundResponses.Tests.Polling;

public class PollUntilTerminalTests
{
    private static readonly PollingOptions NoJitter = new() { UseJitter = false };

    private readonly SteppingTimeProvider _time = new();
    private readonly ScriptedPollingApi _api;
    private readonly ResponsesClient _client;

    public PollUntilTerminalTests()
    {
        _api = new ScriptedPollingApi(_time);
        _client = Client(_api, _time);
    }

    [Fact]
    public async Task QueuedInProgressCompleted_PollsThreeTimes_WithGrowingDelays()
    {
        _api.Then("queued").Then("in_progress").Then("in_progress").Then("completed");

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(4, _api.Count("GET", "/responses/resp_1"));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.25)], _time.Waited);
    }

    [Fact]
    public async Task Backoff_StopsGrowingAtMaxDelay()
    {
        for (var i = 0; i < 8; i++)
        {
            _api.Then("in_progress");
        }

        _api.Then("completed");
        var options = new PollingOptions { UseJitter = false, Delay = TimeSpan.FromSeconds(2), BackoffFactor = 2, MaxDelay = TimeSpan.FromSeconds(10) };

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options), () => _api.RequestCount);

        Assert.Equal([2, 4, 8, 10, 10, 10, 10, 10], _time.Waited.Select(d => d.TotalSeconds));
    }

    [Fact]
    public async Task ServerHint_SetsTheDelay()
    {
        _api.Then("queued", pollAfterMs: 250).Then("in_progress", pollAfterMs: 4000).Then("completed");

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4)], _time.Waited);
    }

    [Fact]
    public async Task ServerHint_IsClampedToMinAndMaxDelay()
    {
        _api.Then("queued", pollAfterMs: 0).Then("in_progress", pollAfterMs: 600_000).Then("in_progress").Then("completed");

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        // 0 → the 100 ms floor; 10 minutes → the 10 s cap; no hint → the backoff of the third attempt.
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(2.25)], _time.Waited);
    }

    [Fact]
    public async Task Jitter_OnlyShortensTheDelay_ByAtMostAFifth()
    {
        for (var i = 0; i < 6; i++)
        {
            _api.Then("in_progress");
        }

        _api.Then("completed");

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", new PollingOptions { BackoffFactor = 1 }), () => _api.RequestCount);

        Assert.All(_time.Waited, d => Assert.InRange(d, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task AlreadyTerminal_ReturnsAfterOneRetrieve()
    {
        _api.Then("failed");

        var final = await _client.PollUntilTerminalAsync("resp_1");

        Assert.Equal(ResponseStatus.Failed, final.Status);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task UnknownStatus_IsReturnedAsIs()
    {
        _api.Then("queued").Then("paused_for_review");

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal("paused_for_review", final.Status!.Value.Value);
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task MaxWait_ThrowsTimeoutException_WithLastResponse_AndLeavesTheJobRunning()
    {
        _api.Then("queued").Then("in_progress");
        var options = new PollingOptions { UseJitter = false, BackoffFactor = 1, MaxWait = TimeSpan.FromSeconds(5.5) };

        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options), () => _api.RequestCount));

        Assert.Equal(ResponseStatus.InProgress, ex.LastResponse!.Status);
        Assert.Equal("resp_1", ex.ResponseId);
        Assert.Equal(TimeSpan.FromSeconds(5.5), ex.Elapsed);
        Assert.False(ex.CancelRequested);
        Assert.Equal(6, _api.Count("GET", "/responses/resp_1"));
        Assert.Equal(0, _api.Count("POST", "/cancel"));
        // Every retrieve was answered: there is no failure to carry, and Polly's own exception is not the user's business.
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task MaxWait_WithCancelOnTimeout_CancelsOnTheServer()
    {
        _api.Then("in_progress");
        var options = new PollingOptions { UseJitter = false, MaxWait = TimeSpan.FromSeconds(2), CancelOnTimeout = true };

        // The cancel's own bound is a timer too; it must not be jumped to.
        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options), () => _api.RequestCount, stopWhen: () => _api.Count("POST", "/cancel") > 0));

        Assert.True(ex.CancelRequested);
        Assert.Null(ex.CancelException);
        Assert.Equal(ResponseStatus.Cancelled, ex.LastResponse!.Status);
        Assert.Equal(1, _api.Count("POST", "/responses/resp_1/cancel"));
    }

    [Fact]
    public async Task MaxWait_WithCancelOnTimeout_AFailingCancelIsAttachedNotThrown()
    {
        _api.Then("in_progress");
        _api.OnCancel = () => Error(500);
        var options = new PollingOptions { UseJitter = false, MaxWait = TimeSpan.FromSeconds(2), CancelOnTimeout = true };

        // The cancel's own bound is a timer too; it must not be jumped to.
        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options), () => _api.RequestCount, stopWhen: () => _api.Count("POST", "/cancel") > 0));

        Assert.Equal(500, Assert.IsType<ResponsesApiException>(ex.CancelException).Status);
        Assert.Equal(ResponseStatus.InProgress, ex.LastResponse!.Status);
    }

    [Fact]
    public async Task InfiniteMaxWait_HasNoTimeout()
    {
        for (var i = 0; i < 30; i++)
        {
            _api.Then("in_progress");
        }

        _api.Then("completed");
        var options = new PollingOptions { UseJitter = false, MaxWait = Timeout.InfiniteTimeSpan, Delay = TimeSpan.FromMinutes(10), MaxDelay = TimeSpan.FromMinutes(10) };

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options), () => _api.RequestCount, timersBeyondRequests: 0);

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(31, _api.Requests.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CallerCancellation_ThrowsOperationCanceled_AndCancelsOnTheServerOnlyWhenAsked(bool cancelOnCaller)
    {
        _api.Then("in_progress");
        using var cts = new CancellationTokenSource();
        var task = _client.PollUntilTerminalAsync("resp_1", new PollingOptions { CancelOnCallerCancellation = cancelOnCaller }, cts.Token);
        while (_time.TimersCreated < 2)
        {
            await Task.Yield();
        }

        await cts.CancelAsync();

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.IsNotType<ResponsesPollingTimeoutException>(ex);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Equal(cancelOnCaller ? 1 : 0, _api.Count("POST", "/responses/resp_1/cancel"));
    }

    [Fact]
    public async Task AlreadyCancelledToken_ThrowsWithoutARequest()
    {
        _api.Then("in_progress");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _client.PollUntilTerminalAsync("resp_1", cancellationToken: cts.Token));

        Assert.Empty(_api.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(408)]
    [InlineData(409)]
    [InlineData(502)]
    [InlineData(529)]
    public async Task TransientStatus_IsRetried_WithoutEndingTheWait(int status)
    {
        _api.Then("queued").Then(() => Error(status)).Then("completed");

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(3, _api.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.5)], _time.Waited);
    }

    [Fact]
    public async Task RetryAfter_IsAFloorOnTheDelay_CappedAt60Seconds()
    {
        _api.Then("queued")
            .Then(() => Json(429, """{"error":{"message":"slow down","type":"rate_limit_error","param":null,"code":null}}""", retryAfterSeconds: 30))
            .Then(() => Json(503, """{"error":{"message":"busy","type":"server_error","param":null,"code":null}}""", retryAfterSeconds: 600))
            .Then("completed");

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)], _time.Waited);
    }

    [Fact]
    public async Task ConnectionFailure_IsRetried()
    {
        _api.Then("in_progress").Then(() => throw new HttpRequestException("connection reset")).Then(() => throw new IOException("broken pipe")).Then("completed");

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(4, _api.Requests.Count);
    }

    [Fact]
    public async Task HttpClientTimeoutOfOnePoll_IsRetried()
    {
        _api.Then("in_progress").Then(() => throw new TaskCanceledException("HttpClient.Timeout", new TimeoutException())).Then("completed");

        var final = await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.Equal(ResponseStatus.Completed, final.Status);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(401)]
    [InlineData(400)]
    public async Task NonTransientStatus_EndsTheWait(int status)
    {
        _api.Then("queued").Then(() => Error(status)).Then("completed");

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount));

        Assert.Equal(status, ex.Status);
        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task Progress_ReportsTheFirstResponseAndEachStatusChangeOnce()
    {
        _api.Then("queued").Then("queued").Then("in_progress").Then("in_progress").Then("in_progress").Then("completed");
        var reported = new List<string>();
        var options = new PollingOptions { UseJitter = false };

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", options, new SyncProgress(r => reported.Add(r.Status!.Value.Value))), () => _api.RequestCount);

        Assert.Equal(["queued", "in_progress", "completed"], reported);
    }

    [Fact]
    public async Task EachRetrieve_CountsAsAPoll()
    {
        using var collector = new Microsoft.Extensions.Diagnostics.Metrics.Testing.MetricCollector<long>(null, "BackgroundResponses", "background_responses.polls");
        _api.Then("queued").Then("completed");

        await _time.RunAsync(_client.PollUntilTerminalAsync("resp_1", NoJitter), () => _api.RequestCount);

        Assert.True(collector.GetMeasurementSnapshot().Sum(m => m.Value) >= 2);
    }

    [Fact]
    public void InvalidArguments_ThrowAtTheCall_NotInTheTask()
    {
        Assert.Throws<ArgumentNullException>(() => { _ = _client.PollUntilTerminalAsync(null!); });
        Assert.Throws<ArgumentException>(() => { _ = _client.PollUntilTerminalAsync("resp 1"); });
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = _client.CancelAndWaitAsync("resp_1", new PollingOptions { MaxWait = TimeSpan.Zero }); });
        Assert.Empty(_api.Requests);
    }

    public static TheoryData<string, Action<PollingOptions>> InvalidOptions() => new()
    {
        { nameof(PollingOptions.Delay), o => o.Delay = TimeSpan.Zero },
        { nameof(PollingOptions.Delay), o => o.Delay = TimeSpan.FromDays(2) },
        { nameof(PollingOptions.MaxDelay), o => o.MaxDelay = TimeSpan.FromMilliseconds(500) },
        { nameof(PollingOptions.MinDelay), o => o.MinDelay = TimeSpan.FromSeconds(-1) },
        { nameof(PollingOptions.MinDelay), o => o.MinDelay = TimeSpan.FromSeconds(11) },
        { nameof(PollingOptions.BackoffFactor), o => o.BackoffFactor = 0.5 },
        { nameof(PollingOptions.BackoffFactor), o => o.BackoffFactor = double.NaN },
        { nameof(PollingOptions.MaxWait), o => o.MaxWait = TimeSpan.FromSeconds(-5) },
        { nameof(PollingOptions.MaxWait), o => o.MaxWait = TimeSpan.FromDays(3) },
        { nameof(PollingOptions.MaxConsecutiveNetworkFailures), o => o.MaxConsecutiveNetworkFailures = 0 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void InvalidOptions_ThrowArgumentOutOfRange_NamingTheProperty(string property, Action<PollingOptions> configure)
    {
        var options = new PollingOptions();
        configure(options);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => { _ = _client.PollUntilTerminalAsync("resp_1", options); });

        Assert.Equal(property, ex.ParamName);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var o = new PollingOptions();
        Assert.Equal(TimeSpan.FromSeconds(1), o.Delay);
        Assert.Equal(TimeSpan.FromSeconds(10), o.MaxDelay);
        Assert.Equal(1.5, o.BackoffFactor);
        Assert.Equal(TimeSpan.FromMilliseconds(100), o.MinDelay);
        Assert.True(o.UseJitter);
        Assert.Equal(TimeSpan.FromHours(1), o.MaxWait);
        Assert.False(o.CancelOnTimeout);
        Assert.False(o.CancelOnCallerCancellation);
        Assert.Equal(3, o.MaxConsecutiveNetworkFailures);
    }

    private sealed class SyncProgress(Action<ModelResponse> report) : IProgress<ModelResponse>
    {
        public void Report(ModelResponse value) => report(value);
    }
}
