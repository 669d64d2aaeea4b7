using System.ClientModel;
using System.Text;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// A stream resumed from a token when the server will no longer stream the response (older than its re-stream window; here
/// the fake's window is zero, so every <c>GET ?stream=true</c> is refused with 400 while the create's own stream still works).
/// Theirs makes the refusal the caller's problem; ours finishes by polling and so must still deliver exactly the rest.
/// </summary>
public class RefusedResumeSideBySideTests
{
    [Fact]
    public async Task TheirsSurfacesTheRefusalAsClientResultException400()
    {
        await using var server = await StartRefusingAsync();
        var chat = Theirs(server);
        var (head, id, token) = await ReadUntilFirstTextAsync(chat);

        var ex = await Assert.ThrowsAsync<ClientResultException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = token }))
            {
                Assert.Fail("no update expected from a refused stream");
            }
        });

        Assert.Equal(400, ex.Status);
        Assert.NotEmpty(head);
        Assert.Single(GetsOf(server, id));
    }

    // Ours falls back to polling when the resume is refused (right), but ResponsesChatClient sets StreamState.StartedAtBeginning
    // to false for a stream resumed from a token, so StreamState.AddUndelivered is skipped and the ResponsePolledEvent adds no
    // text: the stream then ends normally (FinishReason Stop, null token) with everything after the token missing. Observed:
    // head "You said: \"Tell " and an empty tail. Theirs at least throws (see above).
    [Fact(Skip = "bug: a token resume that the server refuses to stream is finished by polling, but no text after the token is delivered; the stream ends with FinishReason Stop and the answer silently cut short (StreamState.StartedAtBeginning is false for a resumed stream, so AddUndelivered is skipped)")]
    public async Task OursEitherDeliversExactlyTheRestOrThrows_NeverEndsNormallyWithAGap()
    {
        await using var server = await StartRefusingAsync();
        var chat = Ours(server);
        var (head, id, token) = await ReadUntilFirstTextAsync(chat);

        var tail = new StringBuilder();
        ChatResponseUpdate? last = null;
        try
        {
            await foreach (var update in chat.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = token }))
            {
                tail.Append(update.Text);
                last = update;
            }
        }
        catch (ResponsesStreamException)
        {
            // Acceptable: the caller learns that the rest could not be streamed.
            return;
        }

        // A normal end promises the whole answer.
        Assert.Equal(ChatFinishReason.Stop, last!.FinishReason);
        Assert.Equal(server.GetResponse(id)!.OutputText, head + tail);
    }

    private static Task<FakeResponsesServer> StartRefusingAsync() =>
        FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16, RestreamWindow = TimeSpan.Zero });

    /// <summary>Streams until the first text, then leaves with that update's token as bytes only.</summary>
    private static async Task<(string Head, string ResponseId, ResponseContinuationToken Token)> ReadUntilFirstTextAsync(IChatClient chat)
    {
        await foreach (var update in chat.GetStreamingResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true }))
        {
            if (update.Text.Length > 0)
            {
                return (update.Text, update.ResponseId!, AsBytesOnly(update.ContinuationToken!));
            }
        }

        throw new InvalidOperationException("The stream had no text.");
    }
}
