using System.Text;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 4: the server drops the connection of a background stream after a few events. Ours resumes by itself and the
/// caller sees one gapless stream; theirs surfaces the drop, and only the caller's own resume with the last token gets the
/// rest. Each client gets its own fake, with identical options and the same armed fault.
/// </summary>
public class DroppedStreamSideBySideTests
{
    private const int DropAfterEvents = 10;

    [Fact]
    public async Task DroppedBackgroundStream_OursCompletesGaplessly_TheirsThrowsIOExceptionAfterAStrictPrefix()
    {
        await using var ourServer = await StartAsync();
        await using var theirServer = await StartAsync();
        ourServer.Faults.DropNextStreamAfter(DropAfterEvents);
        theirServer.Faults.DropNextStreamAfter(DropAfterEvents);
        var options = new ChatOptions { AllowBackgroundResponses = true };

        // Ours: no exception, the whole text.
        var ourUpdates = new List<ChatResponseUpdate>();
        await foreach (var update in Ours(ourServer).GetStreamingResponseAsync(Prompt, options))
        {
            ourUpdates.Add(update);
        }

        // Theirs: the drop reaches the caller as the transport's IOException (connection reset), after exactly the events sent.
        var theirChat = Theirs(theirServer);
        var theirUpdates = await ReadUntilDropAsync(theirChat.GetStreamingResponseAsync(Prompt, options));
        Assert.Equal(DropAfterEvents, theirUpdates.Count);

        var ourFinal = ourServer.GetResponse(ourUpdates[0].ResponseId!)!;
        var theirFinal = await WaitForTerminalAsync(theirServer, theirUpdates[0].ResponseId!);
        Assert.Equal(ResponseStatus.Completed, theirFinal.Status);
        Assert.Equal(ourFinal.OutputText, theirFinal.OutputText);

        // Ours: exactly the server's text, nothing missing and nothing twice, from one create and one stream resume.
        Assert.Equal(ourFinal.OutputText, string.Concat(ourUpdates.Select(u => u.Text)));
        Assert.Equal(ChatFinishReason.Stop, ourUpdates[^1].FinishReason);
        var sequence = ourUpdates.Select(u => u.RawRepresentation).OfType<ResponseStreamEvent>().Select(e => e.SequenceNumber!.Value).ToList();
        Assert.Equal(sequence.Distinct().Order(), sequence);
        Assert.Equal(1, CreatePosts(ourServer));
        var resume = Assert.Single(GetsOf(ourServer, ourFinal.Id));
        Assert.Contains("stream=true", resume.Query, StringComparison.Ordinal);
        Assert.Contains("starting_after=", resume.Query, StringComparison.Ordinal);

        // Theirs: a strict, non-empty prefix of the same text, from one create and no attempt of its own to resume.
        var head = string.Concat(theirUpdates.Select(u => u.Text));
        Assert.NotEmpty(head);
        Assert.True(head.Length < theirFinal.OutputText.Length, "the text before the drop should be a strict prefix");
        Assert.StartsWith(head, theirFinal.OutputText, StringComparison.Ordinal);
        Assert.Equal(1, CreatePosts(theirServer));
        Assert.Empty(GetsOf(theirServer, theirFinal.Id));

        // With theirs, the caller's own resume from the last token (bytes only) gets exactly the rest.
        var tail = new StringBuilder();
        await foreach (var update in theirChat.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = AsBytesOnly(theirUpdates[^1].ContinuationToken!) }))
        {
            tail.Append(update.Text);
        }

        Assert.Equal(theirFinal.OutputText, head + tail);
    }
}
