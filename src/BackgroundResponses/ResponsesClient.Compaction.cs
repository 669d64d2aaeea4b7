using System.Text.Json;

namespace BackgroundResponses;

/// <content>Working on a conversation's size: count its input tokens, and compact it.</content>
public partial class ResponsesClient
{
    /// <summary>Counts the input tokens a request would use (<c>POST /responses/input_tokens</c>), without running the model.</summary>
    /// <param name="request">The input-related fields of the request to measure.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status (400 for an invalid input or an unknown model).</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponsesNetworkException">No answer came from the server (connection refused, host not found, reset, TLS failure, timeout), after the retries of <see cref="ResponsesClientOptions.Retry"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<InputTokenCount> CountInputTokensAsync(InputTokenCountRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = CreateResponseContent.ToContent(JsonSerializer.SerializeToUtf8Bytes(request, ResponsesJsonContext.Default.InputTokenCountRequest));

        // A POST only by its need for a body: it changes nothing on the server and costs nothing, so it is retried like a GET.
        using var message = _pipeline.CreateRequest(RequestKind.Read, HttpMethod.Post, _pipeline.Endpoint.InputTokens(), body);
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.InputTokensActivity, responseId: null, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, ResponsesJsonContext.Default.InputTokenCount, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Compacts a conversation (<c>POST /responses/compact</c>): the model condenses it into fewer items, which can be
    /// passed as the input of the next request.
    /// </summary>
    /// <param name="request">The model and the conversation to compact.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The compacted conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="CompactResponseRequest.Model"/> is not set: the API requires it.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status.</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponseCreateOutcomeUnknownException">The request was sent but no answer came: the compaction may have run and been billed. It is not repeated.</exception>
    /// <exception cref="ResponsesNetworkException">The request surely never reached the server (connection refused, host not found), after the retries of <see cref="ResponsesClientOptions.Retry"/>: nothing ran.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<CompactedResponse> CompactAsync(CompactResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Model))
        {
            throw new ArgumentException("CompactResponseRequest.Model is required by POST /responses/compact.", nameof(request));
        }

        var body = CreateResponseContent.ToContent(JsonSerializer.SerializeToUtf8Bytes(request, ResponsesJsonContext.Default.CompactResponseRequest));

        // Marked as a create: it runs the model (billed) and answers with a new id, so once sent it is never repeated
        // blindly; it is retried only when it surely did not leave, on 429, or when the server says x-should-retry.
        using var message = _pipeline.CreateRequest(RequestKind.Create, HttpMethod.Post, _pipeline.Endpoint.Compact(), body);
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.CompactActivity, responseId: null, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, ResponsesJsonContext.Default.CompactedResponse, cancellationToken)).ConfigureAwait(false);
    }
}
