using System.Text;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 5: continuation tokens cross between the two clients both ways, carried as bytes only
/// (<see cref="ResponseContinuationToken.FromBytes"/>), as a token persisted by one application and read by another would be.
/// </summary>
public class TokenInteropSideBySideTests
{
    public enum Direction
    {
        TheirsToOurs,
        OursToTheirs,
    }

    [Theory]
    [InlineData(Direction.TheirsToOurs)]
    [InlineData(Direction.OursToTheirs)]
    public async Task APollingToken_PollsToTheEndInTheOtherClient(Direction direction)
    {
        await using var server = await StartAsync(eventDelay: TimeSpan.FromMilliseconds(5), queuedDuration: TimeSpan.FromMilliseconds(200));
        var (creator, poller) = direction == Direction.TheirsToOurs ? (Theirs(server), Ours(server)) : (Ours(server), Theirs(server));

        var first = await creator.GetResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true });
        var id = first.ResponseId!;
        Assert.NotNull(first.ContinuationToken);

        // The first poll uses the creator's token; every later one the poller's own, always as bytes only.
        var (response, polls) = await PollToEndAsync(poller, first, id);

        var final = server.GetResponse(id)!;
        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(final.OutputText, response.Text);
        Assert.Equal(1, CreatePosts(server));
        Assert.Equal(polls, GetsOf(server, id).Count);
    }

    [Theory]
    [InlineData(Direction.TheirsToOurs, 3)]
    [InlineData(Direction.TheirsToOurs, 12)]
    [InlineData(Direction.OursToTheirs, 3)]
    [InlineData(Direction.OursToTheirs, 12)]
    public async Task AStreamTokenFromUpdateK_ResumesGaplesslyInTheOtherClient(Direction direction, int k)
    {
        await using var server = await StartAsync();
        var (first, second) = direction == Direction.TheirsToOurs ? (Theirs(server), Ours(server)) : (Ours(server), Theirs(server));

        var (head, responseId, bytes) = await ReadFirstUpdatesAsync(first, k);

        // Theirs issues tokens on a resume only when AllowBackgroundResponses is set on that call too; set it for both.
        var resumed = new List<ChatResponseUpdate>();
        await foreach (var update in second.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = ResponseContinuationToken.FromBytes(bytes) }))
        {
            resumed.Add(update);
        }

        var final = server.GetResponse(responseId)!;
        Assert.Equal(final.OutputText, head + string.Concat(resumed.Select(u => u.Text)));
        Assert.All(resumed, u => Assert.Equal(responseId, u.ResponseId));
        Assert.All(resumed[..^1], u => Assert.NotNull(u.ContinuationToken));
        Assert.Null(resumed[^1].ContinuationToken);
        Assert.Equal(ChatFinishReason.Stop, resumed[^1].FinishReason);

        // The resume asked for the events after the one the token was taken from.
        var sequenceNumber = TokenJson(ResponseContinuationToken.FromBytes(bytes))["sequenceNumber"];
        var resume = Assert.Single(GetsOf(server, responseId));
        Assert.Contains("stream=true", resume.Query, StringComparison.Ordinal);
        Assert.Contains("starting_after=" + sequenceNumber, resume.Query, StringComparison.Ordinal);
        Assert.Equal(1, CreatePosts(server));
    }

    [Theory]
    [InlineData(Direction.TheirsToOurs)]
    [InlineData(Direction.OursToTheirs)]
    public async Task APollingToken_GivenToTheOthersStreamingCall_StreamsTheWholeAnswerFromTheStart(Direction direction)
    {
        await using var server = await StartAsync(queuedDuration: TimeSpan.FromMilliseconds(200));
        var (creator, streamer) = direction == Direction.TheirsToOurs ? (Theirs(server), Ours(server)) : (Ours(server), Theirs(server));

        // A non-streaming background create: its token has no sequence number.
        var created = await creator.GetResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true });
        Assert.False(TokenJson(created.ContinuationToken!).ContainsKey("sequenceNumber"));

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in streamer.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = AsBytesOnly(created.ContinuationToken!) }))
        {
            updates.Add(update);
        }

        // Streamed from the first event (no starting_after), so the whole text, once.
        var id = created.ResponseId!;
        Assert.Equal(server.GetResponse(id)!.OutputText, string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(ChatFinishReason.Stop, updates[^1].FinishReason);
        var get = Assert.Single(GetsOf(server, id));
        Assert.Contains("stream=true", get.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("starting_after", get.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResumeWithoutAllowBackgroundResponses_StreamsTheRestWithoutTokens_InBoth()
    {
        await using var server = await StartAsync();

        // Each client resumes a token the other made, without AllowBackgroundResponses on the resume call.
        foreach (var (first, second) in new[] { (Ours(server), Theirs(server)), (Theirs(server), Ours(server)) })
        {
            var (head, responseId, bytes) = await ReadFirstUpdatesAsync(first, 5);
            var resumed = new List<ChatResponseUpdate>();
            await foreach (var update in second.GetStreamingResponseAsync([], new ChatOptions { ContinuationToken = ResponseContinuationToken.FromBytes(bytes) }))
            {
                resumed.Add(update);
            }

            Assert.Equal(server.GetResponse(responseId)!.OutputText, head + string.Concat(resumed.Select(u => u.Text)));
            Assert.All(resumed, u => Assert.Null(u.ContinuationToken));
        }
    }

    /// <summary>Streams with background responses allowed, keeps the text of the first <paramref name="k"/> updates, and leaves with the k-th update's token bytes.</summary>
    private static async Task<(string Head, string ResponseId, byte[] Bytes)> ReadFirstUpdatesAsync(IChatClient chat, int k)
    {
        var head = new StringBuilder();
        var seen = 0;
        await foreach (var update in chat.GetStreamingResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true }))
        {
            head.Append(update.Text);
            if (++seen == k)
            {
                Assert.NotNull(update.ContinuationToken);
                return (head.ToString(), update.ResponseId!, update.ContinuationToken.ToBytes().ToArray());
            }
        }

        throw new InvalidOperationException($"The stream ended before update {k}.");
    }
}
