using System.Net.Http.Headers;

namespace BackgroundResponses;

/// <summary>
/// The one rule for what is worth trying again, shared by the HTTP retries, the poll loop and the stream's
/// reconnections, so that they can never disagree. It is the official OpenAI SDKs' rule: 408, 409, 429, any 5xx
/// and failures without an answer, with the server's <c>x-should-retry</c> header overriding the status. Creates
/// follow a stricter rule of their own (<see cref="ResponsesResilienceHandler"/>).
/// </summary>
internal static class TransientFailures
{
    public const string ShouldRetryHeader = "x-should-retry";

    /// <summary>408 (timeout), 409 (lock conflict), 429 (rate limit) and every 5xx: the statuses after which the same request may succeed.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 409 or 429 or >= 500 and <= 599;

    /// <summary>The server's own verdict, <c>x-should-retry: true|false</c>, which overrides the status rule.</summary>
    public static bool? ReadShouldRetry(HttpResponseHeaders headers) =>
        headers.TryGetValues(ShouldRetryHeader, out var values)
            ? values.FirstOrDefault()?.Trim().ToUpperInvariant() switch { "TRUE" => true, "FALSE" => false, _ => null }
            : null;

    /// <summary>Whether a failed call (an answered error or a transport failure) may succeed if made again.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ResponsesApiException api => api.IsTransient,

        // A create that may have started a job is never "try again": that is the caller's decision.
        ResponseCreateOutcomeUnknownException => false,
        ResponsesNetworkException or HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };
}
