namespace BackgroundResponses;

/// <summary>
/// The one way options report a value out of range: each options class lists its own problems once, a constructor
/// throws the first one and the dependency-injection validator reports them all at start.
/// </summary>
/// <remarks>
/// It lives in Http, the lowest layer with options, so that every layer above may use it. A problem never carries a
/// value that could hold a secret (an address with a key in its query): <see cref="OptionProblem.Value"/> is for
/// numbers and durations only.
/// </remarks>
internal static class OptionsValidation
{
    /// <summary>The longest duration any option accepts: timers and delays past it would throw on every call instead.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    /// <summary>The rule for <see cref="ResponsesClientOptions.NetworkTimeout"/>, which the client and the resilience handler both apply.</summary>
    public static OptionProblem? CheckNetworkTimeout(TimeSpan networkTimeout) =>
        (networkTimeout <= TimeSpan.Zero && networkTimeout != Timeout.InfiniteTimeSpan) || networkTimeout > MaxDuration
            ? new(nameof(ResponsesClientOptions.NetworkTimeout), networkTimeout, "NetworkTimeout must be positive and at most 1 day, or Timeout.InfiniteTimeSpan.")
            : null;

    /// <summary>A problem when <paramref name="value"/> is negative or longer than <see cref="MaxDuration"/>.</summary>
    public static OptionProblem? CheckDelay(string name, TimeSpan value) =>
        value < TimeSpan.Zero || value > MaxDuration ? new(name, value, $"{name} must be between zero and 1 day.") : null;

    /// <summary>Throws the first problem of <paramref name="problems"/>, if any.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public static void ThrowIfAny(IEnumerable<OptionProblem> problems)
    {
        foreach (var problem in problems)
        {
            throw new ArgumentOutOfRangeException(problem.Name, problem.Value, problem.Message);
        }
    }

    /// <summary>The same problems, named from an outer options object (<c>Streaming.Polling.MaxWait</c>).</summary>
    public static IEnumerable<OptionProblem> Prefix(string prefix, IEnumerable<OptionProblem> problems) =>
        problems.Select(problem => problem with { Name = prefix + "." + problem.Name });
}
