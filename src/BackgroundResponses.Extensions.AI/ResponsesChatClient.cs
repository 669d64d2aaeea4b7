using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>The <see cref="IChatClient"/> over a <see cref="ResponsesClient"/>; every response it creates is a background one.</summary>
internal sealed class ResponsesChatClient : IChatClient
{
    private const string ProviderName = "openai";

    private readonly ResponsesClient _client;
    private readonly string? _defaultModelId;
    private readonly ChatClientMetadata _metadata;

    public ResponsesChatClient(ResponsesClient client, string? defaultModelId)
    {
        _client = client;
        _defaultModelId = defaultModelId;
        _metadata = new ChatClientMetadata(ProviderName, client.BaseAddress, defaultModelId);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var allowBackground = options?.AllowBackgroundResponses is true;

        ModelResponse response;
        if (options?.ContinuationToken is { } token)
        {
            var continuation = ContinuationOf(token, messages);

            // With background responses allowed a token polls once, as MEAI documents; without, the caller asked for
            // the answer, so the SDK's polling waits for it.
            response = allowBackground
                ? await _client.RetrieveAsync(continuation.ResponseId, cancellationToken).ConfigureAwait(false)
                : await _client.PollUntilTerminalAsync(continuation.ResponseId, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var request = ChatRequestMapper.ToRequest(messages, options, _defaultModelId, this);

            // Always a background create: a long answer then never depends on one HTTP request staying open.
            response = await _client.CreateAsync(request, background: true, cancellationToken).ConfigureAwait(false);
            if (!allowBackground && response.Status is { IsPending: true })
            {
                response = await _client.PollUntilTerminalAsync(response.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        return ChatResponseMapper.ToChatResponse(response, allowBackground);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var allowBackground = options?.AllowBackgroundResponses is true;

        IAsyncEnumerable<ResponseStreamEvent> events;
        var state = new StreamState();
        if (options?.ContinuationToken is { } token)
        {
            var continuation = ContinuationOf(token, messages);
            state.ResponseId = continuation.ResponseId;
            state.StartedAtBeginning = continuation.SequenceNumber is null;
            events = _client.StreamAsync(continuation.ResponseId, continuation.SequenceNumber, cancellationToken);
        }
        else
        {
            // Dropped connections are resumed inside CreateStreamingAsync, so the caller sees one gapless sequence.
            events = _client.CreateStreamingAsync(ChatRequestMapper.ToRequest(messages, options, _defaultModelId, this), cancellationToken);
        }

        await foreach (var e in events.ConfigureAwait(false))
        {
            foreach (var update in state.ToUpdates(e))
            {
                // MEAI: every update carries a token that resumes right after it, except the last one.
                update.ContinuationToken = allowBackground && !state.IsFinished && e.SequenceNumber is { } number && state.ResponseId is { } id
                    ? new ResponsesContinuationToken(id, number)
                    : null;
                yield return update;
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType == typeof(ResponsesClient) ? _client
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The ResponsesClient belongs to the caller, who may go on using it.
    }

    private static ResponsesContinuationToken ContinuationOf(ResponseContinuationToken token, IEnumerable<ChatMessage> messages)
    {
        // As Microsoft.Extensions.AI.OpenAI: a token continues a response already created, so new input has nowhere to go.
        if (messages.Any())
        {
            throw new InvalidOperationException("Messages are not allowed when continuing a background response using a continuation token.");
        }

        return ResponsesContinuationToken.FromToken(token);
    }
}
