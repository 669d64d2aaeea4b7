using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using OpenAI;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Builds our <see cref="IChatClient"/> and Microsoft.Extensions.AI.OpenAI's Responses <see cref="IChatClient"/> on the same fake
/// server, so every side-by-side test compares the two over exactly the same wire.
/// </summary>
internal static class SideBySideClients
{
    public const string Model = "gpt-5.5";

    public const string Prompt = "Tell me a story.";

    /// <summary>Generous: the suite runs on a loaded 2-core machine, and a wait that ends by timeout fails the test anyway.</summary>
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    /// <summary>A fake with small delays, so tests are quick, and 16-character deltas, so a stream has a few dozen events.</summary>
    public static Task<FakeResponsesServer> StartAsync(TimeSpan? eventDelay = null, TimeSpan? queuedDuration = null, int deltaLength = 16)
    {
        var options = new FakeResponsesServerOptions { EventDelay = eventDelay ?? TimeSpan.FromMilliseconds(2), DeltaLength = deltaLength };
        if (queuedDuration is { } queued)
        {
            options.QueuedDuration = queued;
        }

        return FakeResponsesServer.StartAsync(options);
    }

    public static IChatClient Ours(FakeResponsesServer server) => server.CreateClient().AsIChatClient(Model);

    /// <summary>Microsoft's client, built as the brief and notes-i13 §4 say; no retries, so a fault reaches the caller as it is.</summary>
    public static IChatClient Theirs(FakeResponsesServer server) =>
        new OpenAIClient(
                new ApiKeyCredential(FakeResponsesServer.DefaultClientApiKey),
                new OpenAIClientOptions { Endpoint = server.BaseAddress, RetryPolicy = new ClientRetryPolicy(0) })
            .GetResponsesClient()
            .AsIChatClient(Model);

    /// <summary>A token as another process would see it: its bytes only, rebuilt with <see cref="ResponseContinuationToken.FromBytes"/>.</summary>
    public static ResponseContinuationToken AsBytesOnly(ResponseContinuationToken token) => ResponseContinuationToken.FromBytes(token.ToBytes().ToArray());

    /// <summary>The names and values of a token's JSON bytes, to compare the two clients' token shapes.</summary>
    public static Dictionary<string, string> TokenJson(ResponseContinuationToken token)
    {
        using var document = JsonDocument.Parse(token.ToBytes());
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
    }

    /// <summary>Passes the updates through, keeping each one, so a test can use <c>ToChatResponseAsync</c> and still look at the updates.</summary>
    public static async IAsyncEnumerable<ChatResponseUpdate> Recording(this IAsyncEnumerable<ChatResponseUpdate> updates, List<ChatResponseUpdate> into)
    {
        await foreach (var update in updates)
        {
            into.Add(update);
            yield return update;
        }
    }

    /// <summary>
    /// Polls with <paramref name="poller"/> from <paramref name="response"/>'s token until no token comes back, passing each token
    /// as its bytes only; every poll must name <paramref name="responseId"/>. Fails the test after <see cref="WaitLimit"/>.
    /// </summary>
    /// <returns>The last response and the number of polls made.</returns>
    public static async Task<(ChatResponse Final, int Polls)> PollToEndAsync(IChatClient poller, ChatResponse response, string responseId)
    {
        var polls = 0;
        var deadline = DateTime.UtcNow + WaitLimit;
        while (response.ContinuationToken is { } token)
        {
            Assert.True(DateTime.UtcNow < deadline, "The polling loop did not end in time.");
            await Task.Delay(20);
            response = await poller.GetResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = AsBytesOnly(token) });
            polls++;
            Assert.Equal(responseId, response.ResponseId);
        }

        return (response, polls);
    }

    /// <summary>
    /// Reads a stream of Microsoft's client that the fake drops: the drop must reach the caller as the transport's
    /// <see cref="IOException"/> over a <see cref="System.Net.Sockets.SocketException"/> (a reset connection).
    /// </summary>
    /// <returns>The updates that arrived before the drop.</returns>
    public static async Task<List<ChatResponseUpdate>> ReadUntilDropAsync(IAsyncEnumerable<ChatResponseUpdate> updates)
    {
        var received = new List<ChatResponseUpdate>();
        var ex = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var update in updates)
            {
                received.Add(update);
            }
        });
        Assert.IsType<System.Net.Sockets.SocketException>(ex.InnerException);
        return received;
    }

    /// <summary>Waits, by polling the fake's own view (not a client), until the response has ended; fails the test after <see cref="WaitLimit"/>.</summary>
    public static async Task<ModelResponse> WaitForTerminalAsync(FakeResponsesServer server, string responseId)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var response = server.GetResponse(responseId) ?? throw new InvalidOperationException($"The fake has no response {responseId}.");
            if (response.Status is { IsTerminal: true })
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Response {responseId} did not end within {WaitLimit}; its status is {response.Status}.");
            await Task.Delay(20);
        }
    }

    /// <summary>The create requests the fake received.</summary>
    public static int CreatePosts(FakeResponsesServer server) => server.Requests.Count(r => r.Method == "POST" && r.Path == "/v1/responses");

    /// <summary>The GET requests for one response (polls, and stream resumes, which carry <c>stream=true</c>).</summary>
    public static List<RecordedRequest> GetsOf(FakeResponsesServer server, string responseId) =>
        server.Requests.Where(r => r.Method == "GET" && r.Path == "/v1/responses/" + responseId).ToList();

    /// <summary>The cancel requests for one response.</summary>
    public static int CancelPostsOf(FakeResponsesServer server, string responseId) =>
        server.Requests.Count(r => r.Method == "POST" && r.Path == $"/v1/responses/{responseId}/cancel");
}
