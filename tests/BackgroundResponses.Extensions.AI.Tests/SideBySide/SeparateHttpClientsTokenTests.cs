using System.Text;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13, case 5, the "fresh process" stand-in: two of our chat clients over separate <see cref="ResponsesClient"/>s, each
/// with its own <see cref="HttpClient"/> and connection pool, share nothing but a token's bytes; the first is disposed before
/// the second starts. <c>ResponsesChatClientTests.ATokenFromUpdateK_ResumesInASecondClientThatSharesOnlyItsBytes</c> covers a
/// stream resume across two clients, but both come from <c>server.CreateClient()</c> and so share one process-wide connection
/// pool, and nothing covered a non-streaming poll across clients; both are done here with nothing shared.
/// </summary>
public class SeparateHttpClientsTokenTests
{
    [Fact]
    public async Task APollingToken_PollsToTheEndInAClientThatSharesNothingElse()
    {
        await using var server = await StartAsync(eventDelay: TimeSpan.FromMilliseconds(5), queuedDuration: TimeSpan.FromMilliseconds(200));

        byte[] bytes;
        string id;
        using (var firstHttp = new HttpClient())
        {
            using var first = NewChat(server, firstHttp);
            var created = await first.GetResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true });
            bytes = created.ContinuationToken!.ToBytes().ToArray();
            id = created.ResponseId!;
        }

        using var secondHttp = new HttpClient();
        using var second = NewChat(server, secondHttp);
        var firstPoll = await second.GetResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = ResponseContinuationToken.FromBytes(bytes) });
        Assert.Equal(id, firstPoll.ResponseId);
        var (response, _) = await PollToEndAsync(second, firstPoll, id);

        Assert.Equal(server.GetResponse(id)!.OutputText, response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(1, CreatePosts(server));
    }

    [Fact]
    public async Task AStreamToken_ResumesGaplesslyInAClientThatSharesNothingElse()
    {
        await using var server = await StartAsync();

        var head = new StringBuilder();
        byte[]? bytes = null;
        string? id = null;
        using (var firstHttp = new HttpClient())
        {
            using var first = NewChat(server, firstHttp);
            await foreach (var update in first.GetStreamingResponseAsync(Prompt, new ChatOptions { AllowBackgroundResponses = true }))
            {
                head.Append(update.Text);
                if (update.Text.Length > 0)
                {
                    // Leave right after the first piece of text, as a process that stopped would.
                    bytes = update.ContinuationToken!.ToBytes().ToArray();
                    id = update.ResponseId;
                    break;
                }
            }
        }

        Assert.NotNull(bytes);
        using var secondHttp = new HttpClient();
        using var second = NewChat(server, secondHttp);
        var tail = new StringBuilder();
        await foreach (var update in second.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = ResponseContinuationToken.FromBytes(bytes) }))
        {
            tail.Append(update.Text);
        }

        Assert.Equal(server.GetResponse(id!)!.OutputText, head.ToString() + tail);
        Assert.Single(GetsOf(server, id!));
    }

    private static IChatClient NewChat(FakeResponsesServer server, HttpClient http) =>
        new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeResponsesServer.DefaultClientApiKey, BaseAddress = server.BaseAddress }).AsIChatClient(Model);
}
