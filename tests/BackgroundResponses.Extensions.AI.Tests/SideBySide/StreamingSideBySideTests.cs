using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 2: a background stream with no fault, read with <c>ToChatResponseAsync</c>, through both clients on the same
/// fake: the same text, usage, finish reason and ids, and the same token pattern on the updates.
/// </summary>
public class StreamingSideBySideTests
{
    [Fact]
    public async Task BackgroundStream_BothGiveTheSameText_Usage_FinishReason_AndTokenPattern()
    {
        await using var server = await StartAsync();
        var options = new ChatOptions { AllowBackgroundResponses = true };

        var ourUpdates = new List<ChatResponseUpdate>();
        var ours = await Ours(server).GetStreamingResponseAsync(Prompt, options).Recording(ourUpdates).ToChatResponseAsync();
        var theirUpdates = new List<ChatResponseUpdate>();
        var theirs = await Theirs(server).GetStreamingResponseAsync(Prompt, options).Recording(theirUpdates).ToChatResponseAsync();

        var ourFinal = server.GetResponse(ours.ResponseId!)!;
        var theirFinal = server.GetResponse(theirs.ResponseId!)!;
        Assert.Equal(ResponseStatus.Completed, ourFinal.Status);
        Assert.Equal(ResponseStatus.Completed, theirFinal.Status);

        // Text: the whole answer, once, from both.
        Assert.Equal(ourFinal.OutputText, ours.Text);
        Assert.Equal(theirFinal.OutputText, theirs.Text);
        Assert.Equal(ours.Text, theirs.Text);

        // Usage arrives as UsageContent on the completed update in both, and ToChatResponse folds it into Usage.
        Assert.Equal((ourFinal.Usage!.InputTokens, ourFinal.Usage.OutputTokens, ourFinal.Usage.TotalTokens), (ours.Usage!.InputTokenCount, ours.Usage.OutputTokenCount, ours.Usage.TotalTokenCount));
        Assert.Equal((ours.Usage.InputTokenCount, ours.Usage.OutputTokenCount, ours.Usage.TotalTokenCount), (theirs.Usage!.InputTokenCount, theirs.Usage.OutputTokenCount, theirs.Usage.TotalTokenCount));
        Assert.Contains(ourUpdates[^1].Contents, c => c is UsageContent);
        Assert.Contains(theirUpdates[^1].Contents, c => c is UsageContent);

        // When streaming, both report Stop (theirs reports none for the same answer when not streaming; see NonStreamingSideBySideTests).
        Assert.Equal(ChatFinishReason.Stop, ours.FinishReason);
        Assert.Equal(ChatFinishReason.Stop, theirs.FinishReason);

        // Ids: every update names the response; the conversation is the response itself.
        Assert.All(ourUpdates, u => Assert.Equal(ourFinal.Id, u.ResponseId));
        Assert.All(theirUpdates, u => Assert.Equal(theirFinal.Id, u.ResponseId));
        Assert.Equal(ours.ResponseId, ours.ConversationId);
        Assert.Equal(theirs.ResponseId, theirs.ConversationId);
        Assert.Equal(ChatRole.Assistant, Assert.Single(ours.Messages).Role);
        Assert.Equal(ChatRole.Assistant, Assert.Single(theirs.Messages).Role);

        // Tokens: on every update but the last, in both. ToChatResponse does not carry a token over.
        Assert.All(ourUpdates[..^1], u => Assert.NotNull(u.ContinuationToken));
        Assert.All(theirUpdates[..^1], u => Assert.NotNull(u.ContinuationToken));
        Assert.Null(ourUpdates[^1].ContinuationToken);
        Assert.Null(theirUpdates[^1].ContinuationToken);
        Assert.Null(ours.ContinuationToken);
        Assert.Null(theirs.ContinuationToken);

        // The tokens have the same JSON shape: the response id and the sequence number of the event just delivered.
        var ourToken = TokenJson(ourUpdates[^2].ContinuationToken!);
        var theirToken = TokenJson(theirUpdates[^2].ContinuationToken!);
        Assert.Equal(["responseId", "sequenceNumber"], ourToken.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["responseId", "sequenceNumber"], theirToken.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ourFinal.Id, ourToken["responseId"]);
        Assert.Equal(theirFinal.Id, theirToken["responseId"]);
        Assert.Equal(ourToken["sequenceNumber"], theirToken["sequenceNumber"]);

        // One stream event, one update, in both: the same count for the same script.
        Assert.Equal(ourUpdates.Count, theirUpdates.Count);

        // One create each, no GET: without a fault neither client resumes or polls.
        Assert.Equal(2, CreatePosts(server));
        Assert.Empty(GetsOf(server, ourFinal.Id));
        Assert.Empty(GetsOf(server, theirFinal.Id));
    }

    [Fact]
    public async Task StreamWithoutBackground_BothGiveTheSameTextAndNoTokens()
    {
        await using var server = await StartAsync();

        var ourUpdates = new List<ChatResponseUpdate>();
        var ours = await Ours(server).GetStreamingResponseAsync(Prompt).Recording(ourUpdates).ToChatResponseAsync();
        var theirUpdates = new List<ChatResponseUpdate>();
        var theirs = await Theirs(server).GetStreamingResponseAsync(Prompt).Recording(theirUpdates).ToChatResponseAsync();

        Assert.Equal(server.GetResponse(ours.ResponseId!)!.OutputText, ours.Text);
        Assert.Equal(ours.Text, theirs.Text);
        Assert.Equal(ours.Usage!.TotalTokenCount, theirs.Usage!.TotalTokenCount);
        Assert.Equal(ChatFinishReason.Stop, ours.FinishReason);
        Assert.Equal(ChatFinishReason.Stop, theirs.FinishReason);
        Assert.All(ourUpdates, u => Assert.Null(u.ContinuationToken));
        Assert.All(theirUpdates, u => Assert.Null(u.ContinuationToken));
    }
}
