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

    // Ours falls back to polling when the resume is refused, but a stream resumed from a token cannot tell what the polled
    // response adds to what was delivered before the token. Ending normally would cut the answer short (a bug found here);
    // so it throws a typed error that says where the whole result is, and the same token gets it.
    [Fact]
    public async Task OursThrowsATypedErrorNamingWhereTheResultIs_AndTheSameTokenGetsItWhole()
    {
        await using var server = await StartRefusingAsync();
        var chat = Ours(server);
        var (head, id, token) = await ReadUntilFirstTextAsync(chat);
        var tail = new StringBuilder();

        var error = await Assert.ThrowsAsync<ResponsesStreamException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = token }))
            {
                tail.Append(update.Text);
            }
        });

        Assert.Equal(id, error.ResponseId);
        Assert.Equal(ResponsesContinuationToken.FromToken(token).SequenceNumber, error.LastSequenceNumber);
        Assert.Contains("GetResponseAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, tail.ToString());
        var whole = await chat.GetResponseAsync([], new ChatOptions { ContinuationToken = token });
        Assert.Null(whole.ContinuationToken);
        Assert.StartsWith(head, whole.Text, StringComparison.Ordinal);
        Assert.Equal(server.GetResponse(id)!.OutputText, whole.Text);
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
