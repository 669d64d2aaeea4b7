namespace BackgroundResponses.Testing;

/// <summary>An error answer for matching requests, used <see cref="Remaining"/> more times.</summary>
internal sealed class RequestFault(int statusCode, TimeSpan? retryAfter, bool retryAfterInMilliseconds, string? method, string? pathPrefix, int remaining)
{
    public int StatusCode { get; } = statusCode;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool RetryAfterInMilliseconds { get; } = retryAfterInMilliseconds;

    public int Remaining { get; set; } = remaining;

    public bool Matches(string requestMethod, string requestPath) =>
        (method is null || string.Equals(method, requestMethod, StringComparison.OrdinalIgnoreCase))
        && (pathPrefix is null || requestPath.StartsWith(pathPrefix, StringComparison.Ordinal));
}
