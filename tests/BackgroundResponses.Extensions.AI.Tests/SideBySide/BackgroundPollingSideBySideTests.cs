using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 3: the documented non-streaming background loop (create, then poll with the token until it is null) through
/// both clients: both return at once with a token, both poll with exactly one GET per call, and both end in the same text.
/// </summary>
public class BackgroundPollingSideBySideTests
{
    [Fact]
    public async Task PollingLoop_BothReturnATokenAtOnce_SendOneGetPerPoll_AndEndInTheSameText()
    {
        // A queued phase long enough that the first answer is certainly still pending, and a few polls are needed.
        await using var server = await StartAsync(eventDelay: TimeSpan.FromMilliseconds(5), queuedDuration: TimeSpan.FromMilliseconds(300));

        var ours = await RunLoopAsync(server, Ours(server));
        var theirs = await RunLoopAsync(server, Theirs(server));

        Assert.Equal(ours.Final.Text, theirs.Final.Text);
        Assert.Equal(ours.Final.Usage!.TotalTokenCount, theirs.Final.Usage!.TotalTokenCount);

        // Same FinishReason difference as without background: theirs none, ours Stop.
        Assert.Equal(ChatFinishReason.Stop, ours.Final.FinishReason);
        Assert.Null(theirs.Final.FinishReason);
    }

    [Fact]
    public async Task APollWithoutAllowBackgroundResponses_TheirsReturnsWhatIsThere_OursWaitsForTheAnswer()
    {
        // A queued phase far longer than one GET takes, so "returns at once" and "waits" cannot be confused.
        await using var server = await StartAsync(eventDelay: TimeSpan.FromMilliseconds(5), queuedDuration: TimeSpan.FromSeconds(2));

        foreach (var (chat, isOurs) in new[] { (Ours(server), true), (Theirs(server), false) })
        {
            var first = await chat.GetResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true });
            var id = first.ResponseId!;

            // The same token bytes, passed without AllowBackgroundResponses.
            var polled = await chat.GetResponseAsync([], new ChatOptions { ContinuationToken = AsBytesOnly(first.ContinuationToken!) });

            if (isOurs)
            {
                // Ours: without permission to hand back a pending answer, the token is used to wait for the final one.
                Assert.Equal(server.GetResponse(id)!.OutputText, polled.Text);
                Assert.Null(polled.ContinuationToken);
                Assert.Equal(ChatFinishReason.Stop, polled.FinishReason);
                Assert.True(GetsOf(server, id).Count >= 1);
            }
            else
            {
                // Theirs: one GET, whatever it finds; the server says background, so a pending answer still carries a token.
                Assert.Equal(string.Empty, polled.Text);
                Assert.NotNull(polled.ContinuationToken);
                Assert.Equal(id, TokenJson(polled.ContinuationToken)["responseId"]);
                Assert.Single(GetsOf(server, id));
            }
        }
    }

    private static async Task<(ChatResponse Final, int Polls)> RunLoopAsync(FakeResponsesServer server, IChatClient chat)
    {
        var first = await chat.GetResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true });

        // No waiting on the create: nothing to show yet, a token to poll with, and the token names the response.
        var id = first.ResponseId!;
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(string.Empty, first.Text);
        Assert.Empty(first.Messages);
        Assert.Null(first.FinishReason);
        Assert.Equal(new Dictionary<string, string> { ["responseId"] = id }, TokenJson(first.ContinuationToken));
        Assert.Contains("\"background\":true", server.Requests.Last(r => r.Method == "POST").Body, StringComparison.Ordinal);

        var (response, polls) = await PollToEndAsync(chat, first, id);

        var final = server.GetResponse(id)!;
        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(final.OutputText, response.Text);

        // One GET per poll, none of them streaming.
        var gets = GetsOf(server, id);
        Assert.Equal(polls, gets.Count);
        Assert.All(gets, g => Assert.DoesNotContain("stream=true", g.Query, StringComparison.Ordinal));
        return (response, polls);
    }
}
