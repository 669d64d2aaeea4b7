using System.Diagnostics;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Polling;

/// <summary>A new user's first attempt with a wrong BaseAddress, with every option left at its default.</summary>
public class DeadAddressPollingTests
{
    [Fact]
    public async Task PollUntilTerminalAsync_NothingListening_DefaultOptions_FailsInSecondsNamingTheRefusedConnection()
    {
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = DeadAddress.Refusing() });
        var clock = Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.PollUntilTerminalAsync("resp_1"));

        clock.Stop();

        // Defaults: 3 polls in a row without an answer, each retried 3 times by the HTTP layer: about 10 s, not MaxWait (1 h).
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Contains("refused", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("GET", ex.RequestMethod);
        Assert.Equal("/v1/responses/resp_1", ex.RequestPath);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }
}
