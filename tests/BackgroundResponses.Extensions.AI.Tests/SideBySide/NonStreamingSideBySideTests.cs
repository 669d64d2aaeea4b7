using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 1: a plain GetResponseAsync (no background responses, no fault) through our client and through
/// Microsoft.Extensions.AI.OpenAI 10.11 on the same fake. What should match is asserted equal; where the two differ, each side's
/// behaviour is asserted exactly, so a change on either side shows up here.
/// </summary>
public class NonStreamingSideBySideTests
{
    [Fact]
    public async Task WithoutBackground_BothGiveTheSameText_Usage_MessageAndIdShapes()
    {
        await using var server = await StartAsync();

        var ours = await Ours(server).GetResponseAsync(Prompt);
        var ourPosts = server.Requests.Where(r => r.Method == "POST").ToList();
        server.ClearRequests();
        var theirs = await Theirs(server).GetResponseAsync(Prompt);
        var theirRequests = server.Requests;

        var ourFinal = server.GetResponse(ours.ResponseId!)!;
        var theirFinal = server.GetResponse(theirs.ResponseId!)!;

        // The same prompt gets the same scripted answer, so the two texts must be equal, and equal to what the server holds.
        Assert.Equal(ourFinal.OutputText, ours.Text);
        Assert.Equal(theirFinal.OutputText, theirs.Text);
        Assert.Equal(ours.Text, theirs.Text);
        Assert.Contains(Prompt, ours.Text, StringComparison.Ordinal);

        // Usage: the server's counts, mapped the same way by both.
        Assert.NotNull(ours.Usage);
        Assert.NotNull(theirs.Usage);
        Assert.Equal((ourFinal.Usage!.InputTokens, ourFinal.Usage.OutputTokens, ourFinal.Usage.TotalTokens), (ours.Usage.InputTokenCount, ours.Usage.OutputTokenCount, ours.Usage.TotalTokenCount));
        Assert.Equal((theirFinal.Usage!.InputTokens, theirFinal.Usage.OutputTokens, theirFinal.Usage.TotalTokens), (theirs.Usage.InputTokenCount, theirs.Usage.OutputTokenCount, theirs.Usage.TotalTokenCount));
        Assert.Equal((ours.Usage.InputTokenCount, ours.Usage.OutputTokenCount, ours.Usage.TotalTokenCount), (theirs.Usage.InputTokenCount, theirs.Usage.OutputTokenCount, theirs.Usage.TotalTokenCount));

        // Ids: both report the server's resp_ id, and both use it as the ConversationId (chaining by previous_response_id).
        Assert.StartsWith("resp_", ours.ResponseId, StringComparison.Ordinal);
        Assert.StartsWith("resp_", theirs.ResponseId, StringComparison.Ordinal);
        Assert.NotEqual(ours.ResponseId, theirs.ResponseId);
        Assert.Equal(ours.ResponseId, ours.ConversationId);
        Assert.Equal(theirs.ResponseId, theirs.ConversationId);
        Assert.Equal(Model, ours.ModelId);
        Assert.Equal(ours.ModelId, theirs.ModelId);

        // One assistant message with one text content, whose MessageId is the server's message item id.
        var ourMessage = Assert.Single(ours.Messages);
        var theirMessage = Assert.Single(theirs.Messages);
        Assert.Equal(ChatRole.Assistant, ourMessage.Role);
        Assert.Equal(ChatRole.Assistant, theirMessage.Role);
        Assert.IsType<TextContent>(Assert.Single(ourMessage.Contents));
        Assert.IsType<TextContent>(Assert.Single(theirMessage.Contents));
        Assert.Equal(ourFinal.Output.OfType<MessageItem>().Single().Id, ourMessage.MessageId);
        Assert.Equal(theirFinal.Output.OfType<MessageItem>().Single().Id, theirMessage.MessageId);

        // Neither hands out a token for a finished answer.
        Assert.Null(ours.ContinuationToken);
        Assert.Null(theirs.ContinuationToken);

        // Difference: FinishReason. Theirs maps only incomplete_details (null for a completed response when not streaming);
        // ours says Stop, as both do when streaming.
        Assert.Equal(ChatFinishReason.Stop, ours.FinishReason);
        Assert.Null(theirs.FinishReason);

        // Difference: the raw representation is each client's own response type.
        Assert.IsType<ModelResponse>(ours.RawRepresentation);
        Assert.IsType<OpenAI.Responses.ResponseResult>(theirs.RawRepresentation);

        // Difference on the wire: ours always creates a background response and waits for it by polling; theirs sends one
        // blocking create and nothing else.
        Assert.Contains("\"background\":true", Assert.Single(ourPosts).Body, StringComparison.Ordinal);
        var theirPost = Assert.Single(theirRequests);
        Assert.Equal("POST", theirPost.Method);
        Assert.DoesNotContain("\"background\":true", theirPost.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationId_ChainsByPreviousResponseId_InBoth()
    {
        await using var server = await StartAsync();

        foreach (var chat in new[] { Ours(server), Theirs(server) })
        {
            server.ClearRequests();
            var first = await chat.GetResponseAsync(Prompt);
            var second = await chat.GetResponseAsync("And then?", new ChatOptions { ConversationId = first.ConversationId });

            // The first answer's ConversationId goes out as previous_response_id; the second answer then names itself.
            var posts = server.Requests.Where(r => r.Method == "POST").ToList();
            Assert.Equal(2, posts.Count);
            Assert.DoesNotContain("previous_response_id", posts[0].Body, StringComparison.Ordinal);
            Assert.Contains($"\"previous_response_id\":\"{first.ResponseId}\"", posts[1].Body, StringComparison.Ordinal);
            Assert.Equal(second.ResponseId, second.ConversationId);
            Assert.NotEqual(first.ResponseId, second.ResponseId);
            Assert.Contains("And then?", second.Text, StringComparison.Ordinal);
        }
    }
}
