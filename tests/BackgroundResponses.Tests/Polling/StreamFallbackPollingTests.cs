using BackgroundResponses.Tests.Streaming;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Polling;

public class StreamFallbackPollingTests
{
    [Fact]
    public async Task RefusedRestream_FinishesThroughPollUntilTerminalAsync_WithTheStreamingPollingOptions()
    {
        var api = new ScriptedPollingApi(TimeProvider.System);
        api.Then(() => ScriptedPollingApi.Json(400, """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":"stream","code":null}}"""))
            .Then("completed");
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") };
        options.Streaming.Polling = new PollingOptions { InitialPollInterval = TimeSpan.FromMilliseconds(1), MinPollInterval = TimeSpan.Zero };
        var client = new RecordingClient(new HttpClient(api), options);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync("resp_1"));

        var polled = Assert.IsType<ResponsePolledEvent>(Assert.Single(events));
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);
        // The client works on a copy of its options taken at construction; the values are the caller's.
        var (id, used) = Assert.Single(client.Polls);
        Assert.Equal("resp_1", id);
        Assert.Equal(TimeSpan.FromMilliseconds(1), used!.InitialPollInterval);
        Assert.Equal(TimeSpan.Zero, used.MinPollInterval);
    }

    private sealed class RecordingClient(HttpClient http, ResponsesClientOptions options) : ResponsesClient(http, options)
    {
        public List<(string Id, PollingOptions? Options)> Polls { get; } = [];

        public override Task<ModelResponse> PollUntilTerminalAsync(string responseId, PollingOptions? options = null, CancellationToken cancellationToken = default)
        {
            Polls.Add((responseId, options));
            return base.PollUntilTerminalAsync(responseId, options, cancellationToken);
        }
    }
}
