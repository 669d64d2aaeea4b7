using System.Text;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class ResponsesChatClientTests
{
    private const string Model = "gpt-5.5";

    [Fact]
    public async Task Background_ReturnsATokenAtOnce_AndPollingWithItsBytesEndsInTheWholeAnswer()
    {
        await using var server = await StartAsync();
        var chat = server.CreateClient().AsIChatClient(Model);

        var response = await chat.GetResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true });

        Assert.NotNull(response.ContinuationToken);
        Assert.Equal(string.Empty, response.Text);
        var responseId = response.ResponseId!;
        var polls = 0;
        while (response.ContinuationToken is { } token)
        {
            // Each poll starts from the bytes alone, as a caller that persisted the token would.
            var rebuilt = ResponseContinuationToken.FromBytes(token.ToBytes().ToArray());
            await Task.Delay(20);
            response = await chat.GetResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = rebuilt });
            polls++;
        }

        var final = server.GetResponse(responseId)!;
        Assert.Equal(ResponseStatus.Completed, final.Status);
        Assert.Equal(final.OutputText, response.Text);
        Assert.Equal(responseId, response.ResponseId);
        Assert.Equal(responseId, response.ConversationId);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.True(polls >= 1);
        Assert.Equal(polls + 1, server.Requests.Count);
    }

    [Fact]
    public async Task WithoutBackgroundResponses_WaitsForTheAnswer()
    {
        await using var server = await StartAsync();
        var chat = server.CreateClient().AsIChatClient(Model);

        var response = await chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "Be brief."), new ChatMessage(ChatRole.User, "Tell me a story.")],
            new ChatOptions { Instructions = "Speak like an otter.", MaxOutputTokens = 500 });

        var raw = Assert.IsType<ModelResponse>(response.RawRepresentation);
        Assert.Equal(ResponseStatus.Completed, raw.Status);
        Assert.Null(response.ContinuationToken);
        Assert.Equal(raw.OutputText, response.Text);
        Assert.Contains("Tell me a story.", response.Text, StringComparison.Ordinal);
        var message = Assert.Single(response.Messages);
        Assert.Equal(ChatRole.Assistant, message.Role);
        Assert.Equal(raw.Output.OfType<MessageItem>().Single().Id, message.MessageId);
        Assert.Equal((raw.Id, raw.Id, Model, raw.CreatedAt), (response.ResponseId, response.ConversationId, response.ModelId, response.CreatedAt!.Value));
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.NotNull(response.Usage);
        Assert.Equal((raw.Usage!.InputTokens, raw.Usage.OutputTokens, raw.Usage.TotalTokens), (response.Usage.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount));

        var sent = server.Requests.First(r => r.Method == "POST").Body;
        Assert.Contains("\"background\":true", sent, StringComparison.Ordinal);
        Assert.Contains("\"instructions\":\"Speak like an otter.\"", sent, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"system\"", sent, StringComparison.Ordinal);
        Assert.Contains("\"max_output_tokens\":500", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedResponse_ThrowsResponseFailedException()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextResponse(afterTextDeltas: 2, code: "server_error", message: "boom");
        var chat = server.CreateClient().AsIChatClient(Model);

        var ex = await Assert.ThrowsAsync<ResponseFailedException>(() => chat.GetResponseAsync("Tell me a story."));

        Assert.Equal("server_error", ex.Code);
        Assert.Equal(ResponseStatus.Failed, ex.Response!.Status);
        Assert.Contains("boom", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedStream_ThrowsResponseFailedExceptionAfterTheTextSoFar()
    {
        await using var server = await StartAsync();
        server.Faults.FailNextResponse(afterTextDeltas: 2, code: "server_error", message: "boom");
        var chat = server.CreateClient().AsIChatClient(Model);

        var text = new System.Text.StringBuilder();
        var ex = await Assert.ThrowsAsync<ResponseFailedException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true }))
            {
                text.Append(update.Text);
            }
        });

        Assert.Equal("server_error", ex.Code);
        Assert.Equal(32, text.Length);
    }

    [Fact]
    public async Task Streaming_ThroughADroppedConnection_IsGaplessAndEveryUpdateButTheLastCarriesAToken()
    {
        await using var server = await StartAsync();
        server.Faults.DropNextStreamAfter(events: 10);
        var chat = server.CreateClient().AsIChatClient(Model);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true }))
        {
            updates.Add(update);
        }

        var final = server.GetResponse(updates[0].ResponseId!)!;
        Assert.Equal(final.OutputText, string.Concat(updates.Select(u => u.Text)));
        Assert.Equal(final.OutputText, updates.ToChatResponse().Text);
        Assert.All(updates[..^1], u => Assert.NotNull(u.ContinuationToken));
        Assert.Null(updates[^1].ContinuationToken);
        Assert.Equal(ChatFinishReason.Stop, updates[^1].FinishReason);
        Assert.Contains(updates[^1].Contents, c => c is UsageContent);
        Assert.All(updates, u => Assert.Equal(final.Id, u.ResponseId));
        Assert.All(updates.Where(u => u.Text.Length > 0), u => Assert.Equal(ChatRole.Assistant, u.Role));
        Assert.All(updates.Where(u => u.Text.Length > 0), u => Assert.Equal(final.Output.OfType<MessageItem>().Single().Id, u.MessageId));

        // The drop happened: a resume request followed the create.
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Path.Contains(final.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Streaming_FinishedByPollingWhenTheServerWillNotStreamAgain_DeliversTheMissingText()
    {
        // A zero re-stream window makes the fake refuse the resume after the drop, so the SDK finishes by polling.
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16, RestreamWindow = TimeSpan.Zero });
        server.Faults.DropNextStreamAfter(events: 10);
        var chat = server.CreateClient().AsIChatClient(Model);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true }))
        {
            updates.Add(update);
        }

        Assert.IsType<ResponsePolledEvent>(updates[^1].RawRepresentation);
        Assert.Equal(server.GetResponse(updates[0].ResponseId!)!.OutputText, string.Concat(updates.Select(u => u.Text)));
        Assert.Null(updates[^1].ContinuationToken);
        Assert.Equal(ChatFinishReason.Stop, updates[^1].FinishReason);
    }

    [Fact]
    public async Task Streaming_WithoutBackgroundResponses_CarriesNoTokens()
    {
        await using var server = await StartAsync();
        var chat = server.CreateClient().AsIChatClient(Model);

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story."))
        {
            updates.Add(update);
        }

        Assert.All(updates, u => Assert.Null(u.ContinuationToken));
        Assert.Equal(server.GetResponse(updates[0].ResponseId!)!.OutputText, string.Concat(updates.Select(u => u.Text)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(12)]
    public async Task ATokenFromUpdateK_ResumesInASecondClientThatSharesOnlyItsBytes(int k)
    {
        await using var server = await StartAsync();
        var first = server.CreateClient().AsIChatClient(Model);
        var options = new ChatOptions { AllowBackgroundResponses = true };

        var head = new StringBuilder();
        byte[]? bytes = null;
        string? responseId = null;
        var seen = 0;
        await foreach (var update in first.GetStreamingResponseAsync("Tell me a story.", options))
        {
            head.Append(update.Text);
            responseId = update.ResponseId;
            if (++seen == k)
            {
                bytes = update.ContinuationToken!.ToBytes().ToArray();
                break;
            }
        }

        Assert.NotNull(bytes);
        var second = server.CreateClient().AsIChatClient();
        var tail = new StringBuilder();
        var resumed = new List<ChatResponseUpdate>();
        await foreach (var update in second.GetStreamingResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = ResponseContinuationToken.FromBytes(bytes) }))
        {
            tail.Append(update.Text);
            resumed.Add(update);
        }

        Assert.Equal(server.GetResponse(responseId!)!.OutputText, head.ToString() + tail);
        Assert.Null(resumed[^1].ContinuationToken);
        Assert.All(resumed, u => Assert.Equal(responseId, u.ResponseId));
    }

    [Fact]
    public async Task AContinuationToken_WithMessages_IsRefused()
    {
        await using var server = await StartAsync();
        var chat = server.CreateClient().AsIChatClient(Model);
        var options = new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = new ResponsesContinuationToken("resp_1") };

        await Assert.ThrowsAsync<InvalidOperationException>(() => chat.GetResponseAsync("more", options));
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var update in chat.GetStreamingResponseAsync("more", options))
            {
                Assert.Fail("no update expected");
            }
        });
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task GetService_ReturnsTheResponsesClientAndMetadata()
    {
        await using var server = await StartAsync();
        var client = server.CreateClient();
        var chat = client.AsIChatClient(Model);

        Assert.Same(client, chat.GetService<ResponsesClient>());
        var metadata = chat.GetService<ChatClientMetadata>()!;
        Assert.Equal(("openai", client.BaseAddress, Model), (metadata.ProviderName, metadata.ProviderUri, metadata.DefaultModelId));
        Assert.Same(chat, chat.GetService<IChatClient>());
        Assert.Null(chat.GetService<ResponsesClient>("a key"));
        Assert.Null(chat.GetService<string>());
    }

    private static Task<FakeResponsesServer> StartAsync() =>
        FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16 });
}
