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

        // Defaults: 3 polls in a row without an answer, 1 s and 1.5 s apart (jitter shortens them): about 2.5 s, not MaxWait (1 h).
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(15));
        Assert.Contains("refused", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("GET", ex.RequestMethod);
        Assert.Equal("/v1/responses/resp_1", ex.RequestPath);
        Assert.IsType<HttpRequestException>(ex.InnerException);
    }

    [Fact]
    public async Task PollUntilTerminalAsync_ServerNeverAnswers_EndsAfterMaxConsecutiveNetworkFailuresTimesNetworkTimeout()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, NetworkTimeout = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();

        // Default polling options: 3 retrieves of one 300 ms attempt each (the HTTP layer does not retry the poll
        // loop's own retrieves), with 1 s and 1.5 s between them.
        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.PollUntilTerminalAsync("resp_1"));

        Assert.True(ex.IsTimeout);
        Assert.Equal(3, server.Connections);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task PollUntilTerminalAsync_MaxWaitPassesDuringAHangingRetrieve_TheTimeoutSaysSo()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, NetworkTimeout = TimeSpan.FromSeconds(30) });

        var ex = await Assert.ThrowsAsync<ResponsesPollingTimeoutException>(() => client.PollUntilTerminalAsync("resp_1", new PollingOptions { MaxWait = TimeSpan.FromMilliseconds(300) }));

        // The first retrieve never answered: the cause is that retrieve, not nothing (and not Polly's own exception).
        var cause = Assert.IsType<TimeoutException>(ex.InnerException);
        Assert.Contains("GET /v1/responses/resp_1 had not answered", cause.Message, StringComparison.Ordinal);
        Assert.Contains("The last retrieve failed", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.LastResponse);
    }
}
