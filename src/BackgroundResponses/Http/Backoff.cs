namespace BackgroundResponses;

/// <summary>
/// The SDK's one backoff: HTTP retries (<see cref="HttpRetryOptions.Delay"/>, <see cref="HttpRetryOptions.MaxDelay"/>),
/// polling intervals (<see cref="PollingOptions.Delay"/>, <see cref="PollingOptions.MaxDelay"/>) and stream resumes
/// (<see cref="StreamingOptions.ResumeDelay"/>, <see cref="StreamingOptions.MaxResumeDelay"/>: prefixed, because that
/// class holds more than its resume settings) all grow their delay the same way. Stream resumes always use jitter.
/// </summary>
internal static class Backoff
{
    /// <summary>The largest share by which jitter shortens a delay (only ever shorter, so a maximum stays a true maximum).</summary>
    internal const double JitterRatio = 0.2;

    /// <summary>The delay before try <paramref name="attempt"/> + 1 (0 for the first retry): <paramref name="delay"/> × <paramref name="factor"/>^<paramref name="attempt"/>, at most <paramref name="maxDelay"/>.</summary>
    /// <param name="delay">The first delay.</param>
    /// <param name="factor">How much each delay grows over the one before (1 keeps it constant).</param>
    /// <param name="maxDelay">The cap.</param>
    /// <param name="attempt">How many delays came before this one.</param>
    /// <param name="jitter">A random number in [0, 1) that shortens the delay by up to 20 %, or <see langword="null"/> for none.</param>
    public static TimeSpan Compute(TimeSpan delay, double factor, TimeSpan maxDelay, int attempt, double? jitter)
    {
        // Math.Pow overflows to infinity for large attempts, which Math.Min turns into the cap.
        var ticks = Math.Min(delay.Ticks * Math.Pow(factor, attempt), maxDelay.Ticks);
        if (jitter is { } random)
        {
            ticks *= 1 - (JitterRatio * random);
        }

        return TimeSpan.FromTicks((long)ticks);
    }
}
