using System.Net.Http.Headers;

namespace BackgroundResponses;

/// <summary>
/// The one rule for what is worth trying again, shared by the HTTP retries, the poll loop and the stream's
/// reconnections, so that they can never disagree (for example about a server's <c>x-should-retry: false</c>).
/// </summary>
internal static class TransientFailures
{
    public const string ShouldRetryHeader = "x-should-retry";

    /// <summary>408, 429, 500, 502, 503 and 504: the statuses after which the same request may succeed.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 429 or 500 or 502 or 503 or 504;

    /// <summary>The server's own verdict, <c>x-should-retry: true|false</c>, which overrides the status rule.</summary>
    public static bool? ReadShouldRetry(HttpResponseHeaders headers) =>
        headers.TryGetValues(ShouldRetryHeader, out var values)
            ? values.FirstOrDefault()?.Trim().ToUpperInvariant() switch { "TRUE" => true, "FALSE" => false, _ => null }
            : null;

    /// <summary>Whether a failed call (an answered error or a transport failure) may succeed if made again.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        ResponsesApiException api => api.IsTransient,
        HttpRequestException or IOException or TimeoutException => true,
        _ => false,
    };
}
