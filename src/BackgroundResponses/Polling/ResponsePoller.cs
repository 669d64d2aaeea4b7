namespace BackgroundResponses;

/// <summary>
/// Retrieves a response until it is no longer pending. The stream's polling fallback uses this; it is the
/// one polling loop of the SDK.
/// </summary>
internal static class ResponsePoller
{
    public static async Task<Response> PollUntilNotPendingAsync(
        Func<string, CancellationToken, Task<Response>> retrieve,
        string responseId,
        TimeSpan interval,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await retrieve(responseId, cancellationToken).ConfigureAwait(false);
            if (response.Status is not { IsPending: true })
            {
                return response;
            }

            await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }
}
