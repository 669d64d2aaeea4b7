using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class CallerCancellationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CancellingAStream_CancelsTheBackgroundResponseOnlyWhenAskedTo(bool cancelOnCallerCancellation)
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(20), DeltaLength = 4 });
        var chat = server.CreateClient().AsIChatClient(new ResponsesChatClientOptions { DefaultModelId = "gpt-5.5", CancelOnCallerCancellation = cancelOnCallerCancellation });
        using var cts = new CancellationTokenSource();

        string? responseId = null;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", cancellationToken: cts.Token))
            {
                responseId = update.ResponseId;
                if (update.Text.Length > 0)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.NotNull(responseId);
        Assert.Equal(cancelOnCallerCancellation, server.Requests.Any(r => r.Method == "POST" && r.Path.EndsWith("/cancel", StringComparison.Ordinal)));
        var final = await server.CreateClient().PollUntilTerminalAsync(responseId, new PollingOptions { Delay = TimeSpan.FromMilliseconds(50), MinDelay = TimeSpan.FromMilliseconds(10) });
        Assert.Equal(cancelOnCallerCancellation ? ResponseStatus.Cancelled : ResponseStatus.Completed, final.Status);
    }

    [Fact]
    public async Task CancellingAWait_CancelsTheBackgroundResponseWhenAskedTo()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(20) });
        var chat = server.CreateClient().AsIChatClient(new ResponsesChatClientOptions { DefaultModelId = "gpt-5.5", CancelOnCallerCancellation = true });
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chat.GetResponseAsync("Tell me a story.", cancellationToken: cts.Token));

        Assert.Contains(server.Requests, r => r.Method == "POST" && r.Path.EndsWith("/cancel", StringComparison.Ordinal));
    }
}
