using System.Text.Json;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class ChatRequestMappingTests
{
    [Theory]
    [InlineData("resp_previous", "previous_response_id")]
    [InlineData("conv_123", "conversation")]
    public void ConversationId_ChainsFromAResponseOrJoinsAConversation(string conversationId, string property)
    {
        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { ConversationId = conversationId });

        var value = body.RootElement.GetProperty(property);
        Assert.Equal(conversationId, value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetProperty("id").GetString());
    }

    [Fact]
    public void Roles_BecomeMessageItemsInOrder_AndOptionsFillTheRequest()
    {
        using var body = Serialize(
            [new ChatMessage(ChatRole.System, "sys"), new ChatMessage(new ChatRole("developer"), "dev"), new ChatMessage(ChatRole.User, "q"), new ChatMessage(ChatRole.Assistant, "a")],
            new ChatOptions { ModelId = "gpt-x", Temperature = 0.5f, TopP = 0.25f, MaxOutputTokens = 9, Instructions = "be kind" });

        var input = body.RootElement.GetProperty("input").EnumerateArray().Select(i => (i.GetProperty("role").GetString(), i.GetProperty("content")[0].GetProperty("text").GetString())).ToList();
        Assert.Equal([("system", "sys"), ("developer", "dev"), ("user", "q"), ("assistant", "a")], input);
        Assert.Equal("gpt-x", body.RootElement.GetProperty("model").GetString());
        Assert.Equal(0.5, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.Equal(0.25, body.RootElement.GetProperty("top_p").GetDouble());
        Assert.Equal(9, body.RootElement.GetProperty("max_output_tokens").GetInt32());
        Assert.Equal("be kind", body.RootElement.GetProperty("instructions").GetString());
    }

    [Fact]
    public void APreparedRequest_WinsOverTheOptions_AndTheDefaultModelFillsTheGap()
    {
        var options = new ChatOptions { Temperature = 0.9f, RawRepresentationFactory = _ => new CreateResponseRequest { Temperature = 0.1, Store = false } };

        using var body = Serialize([new ChatMessage(ChatRole.User, "hi")], options, defaultModelId: "gpt-default");

        Assert.Equal(0.1, body.RootElement.GetProperty("temperature").GetDouble());
        Assert.False(body.RootElement.GetProperty("store").GetBoolean());
        Assert.Equal("gpt-default", body.RootElement.GetProperty("model").GetString());
    }

    [Fact]
    public void ContentThisClientCannotSendYet_IsRefusedNotDropped()
    {
        var message = new ChatMessage(ChatRole.User, [new DataContent(new byte[] { 1, 2, 3 }, "image/png")]);

        Assert.Throws<NotSupportedException>(() => ChatRequestMapper.ToRequest([message], null, null, new FakeChatClient()));
        Assert.Throws<NotSupportedException>(() => ChatRequestMapper.ToRequest([new ChatMessage(ChatRole.Tool, "result")], null, null, new FakeChatClient()));
    }

    private static JsonDocument Serialize(IEnumerable<ChatMessage> messages, ChatOptions? options, string? defaultModelId = null) =>
        JsonDocument.Parse(ResponsesJson.Serialize(ChatRequestMapper.ToRequest(messages, options, defaultModelId, new FakeChatClient())));

    private sealed class FakeChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
