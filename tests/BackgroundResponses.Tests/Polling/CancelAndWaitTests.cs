using static BackgroundResponses.Tests.Polling.ScriptedPollingApi;

namespace BackgroundResponses.Tests.Polling;

public class CancelAndWaitTests
{
    private readonly SteppingTimeProvider _time = new();
    private readonly ScriptedPollingApi _api;
    private readonly ResponsesClient _client;

    public CancelAndWaitTests()
    {
        _api = new ScriptedPollingApi(_time);
        _client = Client(_api, _time);
    }

    [Fact]
    public async Task CancelAnsweredCancelled_IsReturnedWithoutPolling()
    {
        var final = await _client.CancelAndWaitAsync("resp_1");

        Assert.Equal(ResponseStatus.Cancelled, final.Status);
        Assert.Equal([("POST", "/v1/responses/resp_1/cancel")], _api.Requests.Select(r => (r.Method, r.Path)));
    }

    [Fact]
    public async Task CancelAnsweredInProgress_PollsAfterOneInterval_UntilCancelled()
    {
        _api.OnCancel = () => Json(200, Body("in_progress"));
        _api.Then("cancelled");

        var final = await _time.RunAsync(_client.CancelAndWaitAsync("resp_1", new PollingOptions { UseJitter = false }), () => _api.RequestCount);

        Assert.Equal(ResponseStatus.Cancelled, final.Status);
        Assert.Equal(["POST", "GET"], _api.Requests.Select(r => r.Method));
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Waited);
    }

    [Fact]
    public async Task Race_CancelAnsweredCompleted_ReturnsTheCompletedResponse()
    {
        _api.OnCancel = () => Json(200, Body("completed"));

        var final = await _client.CancelAndWaitAsync("resp_1");

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Single(_api.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(409)]
    public async Task CancelOfAFinishedResponseRefused_RetrievesTheFinalResponse(int status)
    {
        _api.OnCancel = () => Error(status);
        _api.Then("completed");

        var final = await _client.CancelAndWaitAsync("resp_1");

        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(["POST", "GET"], _api.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task CancelFailsWith404_Throws()
    {
        _api.OnCancel = () => Error(404);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => _client.CancelAndWaitAsync("resp_1"));

        Assert.Equal(404, ex.Status);
    }
}
