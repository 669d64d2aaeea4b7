using System.Text.Json;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests.TestSupport;

/// <summary>What the chat client would send for some messages and options, as the JSON the API receives.</summary>
internal static class MappedRequest
{
    public static CreateResponseRequest Of(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string? defaultModelId = null) =>
        ChatRequestMapper.ToRequest(messages, options, defaultModelId, NoChatClient.Instance);

    public static JsonDocument Json(IEnumerable<ChatMessage> messages, ChatOptions? options = null, string? defaultModelId = null) =>
        JsonDocument.Parse(ResponsesJson.Serialize(Of(messages, options, defaultModelId)));

    /// <summary>The input items of the request, each as its JSON.</summary>
    public static List<JsonElement> Input(IEnumerable<ChatMessage> messages, ChatOptions? options = null)
    {
        using var body = Json(messages, options);
        return [.. body.RootElement.GetProperty("input").EnumerateArray().Select(item => item.Clone())];
    }

    private sealed class NoChatClient : IChatClient
    {
        public static readonly NoChatClient Instance = new();

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
