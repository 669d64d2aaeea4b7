using BackgroundResponses;
using BackgroundResponses.Extensions.AI;

// Microsoft.Extensions.AI's own adapters (OpenAIClientExtensions.AsIChatClient and the others) live in this namespace,
// so an application that already imports it for IChatClient finds AsIChatClient on our client with no extra using;
// the package's other public types stay in BackgroundResponses.Extensions.AI, as BackgroundResponses.AspNetCore does
// with its endpoint extensions in Microsoft.AspNetCore.Builder. The receiver type is ours, so nothing clashes with
// Microsoft.Extensions.AI.OpenAI's AsIChatClient(OpenAI.Responses.ResponsesClient).
namespace Microsoft.Extensions.AI;

/// <summary>Turns a <see cref="ResponsesClient"/> into an <see cref="IChatClient"/>.</summary>
public static class ResponsesClientChatClientExtensions
{
    /// <summary>
    /// Wraps the client as an <see cref="IChatClient"/> that creates background responses: with
    /// <see cref="ChatOptions.AllowBackgroundResponses"/> it hands back <see cref="ResponseContinuationToken"/>s that poll or resume in
    /// any process; without it, it waits for the answer by polling. Streams resume by themselves after a dropped connection.
    /// </summary>
    /// <param name="client">The client; the chat client owns nothing, so disposing it leaves the client usable.</param>
    /// <param name="defaultModelId">The model to use when <see cref="ChatOptions.ModelId"/> is not set.</param>
    /// <returns>The chat client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is <see langword="null"/>.</exception>
    public static IChatClient AsIChatClient(this ResponsesClient client, string? defaultModelId = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new ResponsesChatClient(client, new ResponsesChatClientOptions { DefaultModelId = defaultModelId });
    }

    /// <summary>Wraps the client as an <see cref="IChatClient"/> like <see cref="AsIChatClient(ResponsesClient, string?)"/>, with more settings.</summary>
    /// <param name="client">The client; the chat client owns nothing, so disposing it leaves the client usable.</param>
    /// <param name="options">The settings; read once, at the call.</param>
    /// <returns>The chat client.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public static IChatClient AsIChatClient(this ResponsesClient client, ResponsesChatClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        return new ResponsesChatClient(client, new ResponsesChatClientOptions { DefaultModelId = options.DefaultModelId, CancelOnCallerCancellation = options.CancelOnCallerCancellation });
    }
}
