using BackgroundResponses.Tests.Streaming;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Polling;

public class StreamFallbackPollingTests
{
    private const string Refused = """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":"stream","code":null}}""";

    [Fact]
    public async Task RefusedRestream_FallsBackThroughTheInternalPoller_NeverThroughTheClientsVirtualMembers()
    {
        var api = new ScriptedPollingApi(TimeProvider.System);
        api.Then(() => ScriptedPollingApi.Json(400, Refused)).Then("in_progress").Then("completed");
        var client = new OverridingClient(new HttpClient(api), Options(new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MinDelay = TimeSpan.Zero }));

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync("resp_1"));

        var polled = Assert.IsType<ResponsePolledEvent>(Assert.Single(events));
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);

        // One refused stream GET, then two polls: all sent by the SDK's own poller, none through the overrides.
        Assert.Equal(3, api.Count("GET", "/responses/resp_1"));
        Assert.Equal(0, client.OverrideCalls);
    }

    [Fact]
    public async Task RefusedRestream_PollsWithTheStreamingPollingOptions()
    {
        var api = new ScriptedPollingApi(TimeProvider.System);
        api.Then(() => ScriptedPollingApi.Json(400, Refused)).Then("in_progress");
        var options = Options(new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(1), MinDelay = TimeSpan.Zero, MaxWait = TimeSpan.FromSeconds(1) });
        var client = new ResponsesClient(new HttpClient(api), options);

        // Only StreamingOptions.Polling.MaxWait (1 s, not the 1 h default) can end this wait on a response that stays in progress.
        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_1")));

        // Bounds loose enough for a loaded machine: a timer may fire a hair early, and the first poll may still be on the wire.
        Assert.InRange(ex.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(30));
        Assert.True(ex.LastResponse is null || ex.LastResponse.Status == ResponseStatus.InProgress);
    }

    private static ResponsesClientOptions Options(PollingOptions polling)
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") };
        options.Streaming.Polling = polling;
        return options;
    }

    /// <summary>A user's mock: every public member the stream could be tempted to call is overridden to fail.</summary>
    private sealed class OverridingClient(HttpClient http, ResponsesClientOptions options) : ResponsesClient(http, options)
    {
        private int _overrideCalls;

        public int OverrideCalls => Volatile.Read(ref _overrideCalls);

        public override Task<ModelResponse> RetrieveAsync(string responseId, CancellationToken cancellationToken = default) => Fail();

        public override Task<ModelResponse> CancelAsync(string responseId, CancellationToken cancellationToken = default) => Fail();

        public override Task<ModelResponse> PollUntilTerminalAsync(string responseId, PollingOptions? options = null, CancellationToken cancellationToken = default) => Fail();

        public override Task<ModelResponse> PollUntilTerminalAsync(string responseId, PollingOptions? options, IProgress<ModelResponse>? progress, CancellationToken cancellationToken = default) => Fail();

        private Task<ModelResponse> Fail()
        {
            Interlocked.Increment(ref _overrideCalls);
            return Task.FromException<ModelResponse>(new InvalidOperationException("The stream called back into the client's public members."));
        }
    }
}
