namespace BackgroundResponses;

/// <summary>
/// How single HTTP calls are retried (<see cref="ResponsesClientOptions.Retry"/>). Reads, deletes and cancels are
/// retried on 408, 409, 429, any 5xx and connection failures (the server's <c>x-should-retry</c> header overrides the
/// status); a create only when the server surely did not start a job.
/// </summary>
/// <remarks>
/// The names follow Polly's retry options: <see cref="MaxRetryAttempts"/>, <see cref="Delay"/>, <see cref="MaxDelay"/>,
/// <see cref="UseJitter"/>. <see cref="MaxRetryAfter"/> bounds every delay a server asks for, here, while polling and
/// while resuming a stream.
/// </remarks>
public class HttpRetryOptions
{
    /// <summary>Gets or sets how many times a failed call is retried (0 disables retries).</summary>
    /// <value>The default is 3.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; it doubles for each further one.</summary>
    /// <value>The default is 500 milliseconds.</value>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest delay the SDK itself chooses between retries.</summary>
    /// <value>The default is 8 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Gets or sets a value indicating whether the SDK's own delays are randomized, so that many clients do not retry in lockstep.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets the longest server-requested delay (<c>retry-after-ms</c>, <c>Retry-After</c>) the SDK waits;
    /// a longer request is clamped to it. The same bound applies while polling and while resuming a stream.
    /// </summary>
    /// <value>The default is 60 seconds.</value>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets a value indicating whether a create (<c>POST /responses</c>) whose outcome is unknown (a timeout
    /// or a connection reset after the request was sent) may be retried. A retry can start a second, paid,
    /// background job; leave this off unless duplicates are acceptable.
    /// </summary>
    /// <value>The default is <see langword="false"/>: such a create fails with <see cref="ResponseCreateOutcomeUnknownException"/>.</value>
    public bool RetryUncertainCreates { get; set; }

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    internal HttpRetryOptions Clone() => (HttpRetryOptions)MemberwiseClone();

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate() => OptionsValidation.ThrowIfAny(GetProblems());

    /// <summary>Every value out of range, named as in this class.</summary>
    internal IEnumerable<OptionProblem> GetProblems()
    {
        if (MaxRetryAttempts < 0)
        {
            yield return new(nameof(MaxRetryAttempts), MaxRetryAttempts, "MaxRetryAttempts must be 0 or more.");
        }

        if (OptionsValidation.CheckDelay(nameof(Delay), Delay) is { } delay)
        {
            yield return delay;
        }

        if (MaxDelay < Delay || MaxDelay > OptionsValidation.MaxDuration)
        {
            yield return new(nameof(MaxDelay), MaxDelay, "MaxDelay must be at least Delay and at most 1 day.");
        }

        if (OptionsValidation.CheckDelay(nameof(MaxRetryAfter), MaxRetryAfter) is { } maxRetryAfter)
        {
            yield return maxRetryAfter;
        }
    }
}
