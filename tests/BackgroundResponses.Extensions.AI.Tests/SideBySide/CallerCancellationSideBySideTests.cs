using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 6: the caller cancels a background stream after its first text. Theirs only stops reading, and the response
/// runs on to completion on the server; ours, with <see cref="ResponsesChatClientOptions.CancelOnCallerCancellation"/>, also
/// cancels the response on the server.
/// </summary>
public class CallerCancellationSideBySideTests
{
    [Fact]
    public async Task CancellingMidStream_TheirsLeavesTheResponseRunning_OursWithTheOptionCancelsIt()
    {
        // Slow enough that the response is certainly still generating when the caller cancels (about 125 deltas, 20 ms apart).
        await using var server = await StartAsync(eventDelay: TimeSpan.FromMilliseconds(20), deltaLength: 4);
        var ours = server.CreateClient().AsIChatClient(new ResponsesChatClientOptions { DefaultModelId = Model, CancelOnCallerCancellation = true });
        var theirs = Theirs(server);

        var (theirId, theirException) = await CancelAfterFirstTextAsync(theirs);
        var (ourId, ourException) = await CancelAfterFirstTextAsync(ours);

        // Both surface a plain OperationCanceledException (observed; not TaskCanceledException, not wrapped). The token is
        // already cancelled when the next update is asked for, so this does not depend on timing.
        Assert.IsType<OperationCanceledException>(theirException);
        Assert.IsType<OperationCanceledException>(ourException);

        // Theirs: no cancel request; the response runs to the end.
        Assert.Equal(0, CancelPostsOf(server, theirId));
        Assert.Equal(ResponseStatus.Completed, (await WaitForTerminalAsync(server, theirId)).Status);

        // Ours: one cancel request; the response ends cancelled.
        Assert.Equal(1, CancelPostsOf(server, ourId));
        Assert.Equal(ResponseStatus.Cancelled, (await WaitForTerminalAsync(server, ourId)).Status);
    }

    private static async Task<(string ResponseId, Exception Exception)> CancelAfterFirstTextAsync(IChatClient chat)
    {
        using var cts = new CancellationTokenSource();
        string? responseId = null;
        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true }, cts.Token))
            {
                responseId = update.ResponseId;
                if (update.Text.Length > 0)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.NotNull(responseId);
        return (responseId, ex);
    }
}
