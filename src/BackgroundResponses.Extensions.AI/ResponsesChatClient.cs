using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>The <see cref="IChatClient"/> over a <see cref="ResponsesClient"/>; every response it creates is a background one.</summary>
internal sealed class ResponsesChatClient : IChatClient
{
    private const string ProviderName = "openai";

    private readonly ResponsesClient _client;
    private readonly string? _defaultModelId;
    private readonly bool _cancelOnCallerCancellation;
    private readonly PollingOptions? _polling;
    private readonly ChatClientMetadata _metadata;

    public ResponsesChatClient(ResponsesClient client, ResponsesChatClientOptions options)
    {
        _client = client;
        _defaultModelId = options.DefaultModelId;
        _cancelOnCallerCancellation = options.CancelOnCallerCancellation;
        _polling = options.CancelOnCallerCancellation ? new PollingOptions { CancelOnCallerCancellation = true } : null;
        _metadata = new ChatClientMetadata(ProviderName, client.BaseAddress, options.DefaultModelId);
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
                ? await RetrieveAsync(continuation.ResponseId, cancellationToken).ConfigureAwait(false)
                : await _client.PollUntilTerminalAsync(continuation.ResponseId, _polling, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var request = ChatRequestMapper.ToRequest(messages, options, _defaultModelId, this);

            // Always a background create: a long answer then never depends on one HTTP request staying open.
            response = await _client.CreateAsync(request, background: true, cancellationToken).ConfigureAwait(false);
            if (!allowBackground && response.Status is { IsPending: true })
            {
                response = await _client.PollUntilTerminalAsync(response.Id, _polling, cancellationToken).ConfigureAwait(false);
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
            state.ResumedAfter = continuation.SequenceNumber;
            events = _client.StreamAsync(continuation.ResponseId, continuation.SequenceNumber, cancellationToken);
        }
        else
        {
            // Dropped connections are resumed inside CreateStreamingAsync, so the caller sees one gapless sequence.
            events = _client.CreateStreamingAsync(ChatRequestMapper.ToRequest(messages, options, _defaultModelId, this), cancellationToken);
        }

        var enumerator = events.GetAsyncEnumerator(cancellationToken);
        await using var disposeEnumerator = enumerator.ConfigureAwait(false);
        while (true)
        {
            bool moved;
            try
            {
                moved = await enumerator.MoveNextAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (_cancelOnCallerCancellation && cancellationToken.IsCancellationRequested && !state.IsFinished && state.ResponseId is { } id)
            {
                await CancelRemoteAsync(id, ex, cancellationToken).ConfigureAwait(false);
                throw;
            }

            if (!moved)
            {
                break;
            }

            var e = enumerator.Current;
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

    private async Task<ModelResponse> RetrieveAsync(string responseId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.RetrieveAsync(responseId, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (_cancelOnCallerCancellation && cancellationToken.IsCancellationRequested)
        {
            await CancelRemoteAsync(responseId, ex, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Cancels the background response after the caller cancelled; a cancel that fails is reported as the cause of the caller's cancellation, not hidden.</summary>
    private async Task CancelRemoteAsync(string responseId, OperationCanceledException cancelled, CancellationToken cancellationToken)
    {
        try
        {
            // Not the caller's token: it is cancelled already, and the cancel must still be sent.
            await _client.CancelAsync(responseId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ResponsesException failure)
        {
            throw new OperationCanceledException(
                $"{cancelled.Message} Cancelling background response {responseId} failed: {failure.Message}", failure, cancellationToken);
        }
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
