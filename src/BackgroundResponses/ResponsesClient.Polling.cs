namespace BackgroundResponses;

/// <content>Polling: wait for a background response to finish, and cancel-and-wait.</content>
public partial class ResponsesClient
{
    /// <summary>Used when a call passes no options; never handed out, so never changed.</summary>
    private static readonly PollingOptions DefaultPollingOptions = new();

    /// <summary>
    /// Retrieves a response (<c>GET /responses/{id}</c>) until it is no longer <c>queued</c> or <c>in_progress</c>,
    /// and returns it: in a terminal status, or in a status this SDK does not know (returned as-is rather than polled forever).
    /// </summary>
    /// <param name="responseId">The response id (<c>resp_…</c>).</param>
    /// <param name="options">Intervals, time limit and cancel behaviour; <see langword="null"/> for the defaults (1 s growing by 1.5 to 10 s, at most 1 hour).</param>
    /// <param name="cancellationToken">Stops waiting (the background job goes on unless <see cref="PollingOptions.CancelOnCallerCancellation"/> is set).</param>
    /// <returns>The first response retrieved whose status is not pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ResponsesPollingTimeoutException"><see cref="PollingOptions.MaxWait"/> passed first; carries the last response seen and, as its inner exception, the last failed retrieve if any failed.</exception>
    /// <exception cref="ResponsesApiException">A retrieve failed with a status that is not transient (404 for an unknown id, 401, 400, …).</exception>
    /// <exception cref="ResponsesSerializationException">A retrieved response could not be read.</exception>
    /// <exception cref="ResponsesNetworkException"><see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> retrieves in a row got no answer at all (a wrong address, nothing listening, a server that never answers).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// Between retrievals the SDK waits as long as the server's <c>openai-poll-after-ms</c> hint says (kept between
    /// <see cref="PollingOptions.MinDelay"/> and <see cref="PollingOptions.MaxDelay"/>), or else its own
    /// growing, jittered interval. A retrieve that fails transiently (408, 409, 429, any 5xx, a dropped connection, a
    /// timeout) does not end the wait: it is tried again after the next interval, or after the server's
    /// <c>Retry-After</c> if longer (at most <see cref="HttpRetryOptions.MaxRetryAfter"/>). Failures with no answer at
    /// all end it after <see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> in a row.
    /// </remarks>
    public virtual Task<ModelResponse> PollUntilTerminalAsync(string responseId, PollingOptions? options = null, CancellationToken cancellationToken = default) =>
        PollUntilTerminalAsync(responseId, options, progress: null, cancellationToken);

    /// <summary>
    /// Polls like <see cref="PollUntilTerminalAsync(string, PollingOptions?, CancellationToken)"/>, reporting the first
    /// response and every change of status to <paramref name="progress"/>, so a UI can show queued → in progress → completed.
    /// </summary>
    /// <param name="responseId">The response id (<c>resp_…</c>).</param>
    /// <param name="options">Intervals, time limit and cancel behaviour; <see langword="null"/> for the defaults.</param>
    /// <param name="progress">Told of the first response and of each status change; <see langword="null"/> for nobody.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The first response retrieved whose status is not pending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ResponsesPollingTimeoutException"><see cref="PollingOptions.MaxWait"/> passed first; carries the last response seen and, as its inner exception, the last failed retrieve if any failed.</exception>
    /// <exception cref="ResponsesApiException">A retrieve failed with a status that is not transient.</exception>
    /// <exception cref="ResponsesSerializationException">A retrieved response could not be read.</exception>
    /// <exception cref="ResponsesNetworkException"><see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> retrieves in a row got no answer at all (a wrong address, nothing listening, a server that never answers).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// The observer is a parameter, not an option, so that <see cref="PollingOptions"/> stays plain configuration
    /// (it is bound from <c>IConfiguration</c> as <see cref="StreamingOptions.Polling"/>).
    /// </remarks>
    public virtual Task<ModelResponse> PollUntilTerminalAsync(string responseId, PollingOptions? options, IProgress<ModelResponse>? progress, CancellationToken cancellationToken = default)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        options ??= DefaultPollingOptions;
        options.Validate();
        return PollCoreAsync(responseId, options, progress, cancellationToken);
    }

    /// <summary>
    /// Cancels a background response (<c>POST /responses/{id}/cancel</c>) and returns it once it is no longer pending,
    /// polling if the cancel's answer still is.
    /// </summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="options">How to poll after the cancel; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>
    /// The final response: usually <c>cancelled</c>, or <c>completed</c> (or another final status) if it finished
    /// before the cancel arrived.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value of <paramref name="options"/> is out of range.</exception>
    /// <exception cref="ResponsesPollingTimeoutException"><see cref="PollingOptions.MaxWait"/> passed before the response finished.</exception>
    /// <exception cref="ResponsesApiException">The cancel or a retrieve failed with a status that is not transient (404 for an unknown id, …).</exception>
    /// <exception cref="ResponsesSerializationException">The cancel's answer or a retrieved response could not be read.</exception>
    /// <exception cref="ResponsesNetworkException">The cancel got no answer after its retries, or <see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> retrieves in a row got none.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// OpenAI answers a cancel of a finished response with that response; servers that answer it with 400 or 409
    /// instead are handled too: the response is then retrieved (and polled if need be) and returned.
    /// </remarks>
    public virtual Task<ModelResponse> CancelAndWaitAsync(string responseId, PollingOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Checked here, not in the async part, so bad arguments throw at the call.
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        options ??= DefaultPollingOptions;
        options.Validate();
        return CancelAndWaitCoreAsync(responseId, options, cancellationToken);
    }

    private async Task<ModelResponse> PollCoreAsync(string responseId, PollingOptions options, IProgress<ModelResponse>? progress, CancellationToken cancellationToken)
    {
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.PollActivity, responseId, _pipeline.Endpoint.BaseAddress);
        return await _polling.WaitAsync(responseId, options, progress, initial: null, activity, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ModelResponse> CancelAndWaitCoreAsync(string responseId, PollingOptions options, CancellationToken cancellationToken)
    {
        // One span for the whole call: the cancel and any polling after it.
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.CancelAndWaitActivity, responseId, _pipeline.Endpoint.BaseAddress);
        ModelResponse answer;
        try
        {
            answer = await _polling.CancelAsync(responseId, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponsesApiException refused) when (refused.Status is 400 or 409)
        {
            // Not OpenAI's idempotent 200: most likely the response finished before the cancel arrived.
            Log.CancelAnsweredWithError(_logger, responseId, refused.Status);
            return await _polling.WaitAsync(responseId, options, progress: null, initial: null, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            ResponsesTelemetry.SetError(activity, failure);
            throw;
        }

        if (answer.Status is { IsPending: true })
        {
            return await _polling.WaitAsync(responseId, options, progress: null, answer, activity, cancellationToken).ConfigureAwait(false);
        }

        ResponsesTelemetry.SetResponse(activity, answer);
        return answer;
    }
}
