using System.Globalization;
using System.Net.Http.Headers;

namespace BackgroundResponses;

/// <summary>
/// Reads the server's retry delay the way the official SDKs do: <c>retry-after-ms</c> first, then
/// <c>Retry-After</c> as delta seconds or as an HTTP date. Negative delays read as zero.
/// </summary>
internal static class RetryAfterParser
{
    internal const string RetryAfterMsHeader = "retry-after-ms";

    public static TimeSpan? Parse(HttpResponseHeaders headers, TimeProvider timeProvider)
    {
        if (headers.TryGetValues(RetryAfterMsHeader, out var msValues)
            && double.TryParse(msValues.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms)
            && double.IsFinite(ms))
        {
            return FromMilliseconds(ms);
        }

        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (retryAfter.Date is { } date)
            {
                var wait = date - timeProvider.GetUtcNow();
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        // Retry-After with a fractional number of seconds is not valid HTTP, but servers send it.
        if (headers.TryGetValues("Retry-After", out var raw)
            && double.TryParse(raw.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && double.IsFinite(seconds))
        {
            return FromMilliseconds(seconds * 1000);
        }

        return null;
    }

    /// <summary>
    /// The one rule for a server-requested delay, used by HTTP retries, polling and stream resumes alike: the server's
    /// delay, clamped to <paramref name="maxRetryAfter"/>, is a floor under the caller's own <paramref name="backoff"/>
    /// (a server asking for 0 must not turn a backoff into a hot loop, nor one asking for an hour stall the caller).
    /// </summary>
    public static TimeSpan ChooseDelay(TimeSpan backoff, TimeSpan? requested, TimeSpan maxRetryAfter)
    {
        if (requested is not { } asked)
        {
            return backoff;
        }

        var bounded = asked > maxRetryAfter ? maxRetryAfter : asked;
        return bounded > backoff ? bounded : backoff;
    }

    // A proxy's absurd value (1e300) must read as "very long", not throw: callers clamp it to their maximum anyway.
    private static TimeSpan FromMilliseconds(double milliseconds) =>
        milliseconds <= 0 ? TimeSpan.Zero
        : milliseconds >= TimeSpan.MaxValue.TotalMilliseconds ? TimeSpan.MaxValue
        : TimeSpan.FromMilliseconds(milliseconds);
}
