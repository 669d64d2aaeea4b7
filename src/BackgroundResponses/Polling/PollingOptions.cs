namespace BackgroundResponses;

/// <summary>
/// How <see cref="ResponsesClient.PollUntilTerminalAsync(string, PollingOptions?, CancellationToken)"/> and <see cref="ResponsesClient.CancelAndWaitAsync"/>
/// wait for a response to finish; also how a stream finishes by polling (<see cref="StreamingOptions.Polling"/>).
/// </summary>
/// <remarks>
/// The values are read once at the start of each wait, so one instance can be shared by concurrent waits and
/// changed between them.
/// </remarks>
public class PollingOptions
{
    /// <summary>Gets or sets the delay before the second retrieval when the server sends no <c>openai-poll-after-ms</c> hint.</summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between two retrievals; also the cap on a server's <c>openai-poll-after-ms</c> hint.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets by how much the delay grows after each retrieval that finds the response still pending,
    /// from <see cref="Delay"/> up to <see cref="MaxDelay"/>. 1 keeps it constant.
    /// </summary>
    /// <value>The default is 1.5.</value>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>
    /// Gets or sets the shortest delay the SDK accepts from a server's <c>openai-poll-after-ms</c> hint,
    /// so that a hint of 0 cannot turn polling into a hot loop.
    /// </summary>
    /// <value>The default is 100 milliseconds.</value>
    public TimeSpan MinDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Gets or sets a value indicating whether the SDK's own delays (not a server's hint) are shortened by a random
    /// amount of up to 20 %, so that many clients started together do not poll in lockstep.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool UseJitter { get; set; } = true;

    /// <summary>
    /// Gets or sets how long to wait in all before giving up with <see cref="ResponsesPollingTimeoutException"/>.
    /// </summary>
    /// <value>
    /// The default is 1 hour. <see cref="Timeout.InfiniteTimeSpan"/> (or <see langword="null"/>) waits without limit:
    /// until the response finishes, a non-transient error, or the caller's token.
    /// </value>
    public TimeSpan? MaxWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Gets or sets a value indicating whether the background job is cancelled on the server (best effort) when
    /// <see cref="MaxWait"/> passes, so that it stops costing tokens nobody will read.
    /// </summary>
    /// <value>The default is <see langword="false"/>: the job goes on, and can still be retrieved later.</value>
    public bool CancelOnTimeout { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the background job is cancelled on the server (best effort) when the
    /// caller's <see cref="CancellationToken"/> stops the wait.
    /// </summary>
    /// <value>The default is <see langword="false"/>: cancelling the token only stops waiting.</value>
    public bool CancelOnCallerCancellation { get; set; }

    /// <summary>
    /// Gets or sets how many retrievals in a row may fail without any answer from the server (connection refused, name
    /// not resolved, connection reset, TLS failure, timeout) before the wait ends with the
    /// <see cref="ResponsesNetworkException"/> of the last one. The poll loop is its own retry loop, so the HTTP layer
    /// sends each of its retrievals once: with the defaults, nothing listening at the address fails the wait in about
    /// 2.5 seconds rather than after <see cref="MaxWait"/>, and a server that never answers after this many times
    /// <see cref="ResponsesClientOptions.NetworkTimeout"/>. Any answer, even an error status such as 503, resets the count.
    /// </summary>
    /// <value>The default is 3. <see cref="int.MaxValue"/> rides out any outage until <see cref="MaxWait"/>.</value>
    public int MaxConsecutiveNetworkFailures { get; set; } = 3;

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    internal PollingOptions Clone() => (PollingOptions)MemberwiseClone();

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate() => OptionsValidation.ThrowIfAny(GetProblems());

    /// <summary>Every value out of range, named as in this class.</summary>
    internal IEnumerable<OptionProblem> GetProblems()
    {
        if (Delay <= TimeSpan.Zero || Delay > OptionsValidation.MaxDuration)
        {
            yield return new(nameof(Delay), Delay, "PollingOptions.Delay must be positive and at most 1 day.");
        }

        if (MaxDelay < Delay || MaxDelay > OptionsValidation.MaxDuration)
        {
            yield return new(nameof(MaxDelay), MaxDelay, "PollingOptions.MaxDelay must be at least Delay and at most 1 day.");
        }

        if (MinDelay < TimeSpan.Zero || MinDelay > MaxDelay)
        {
            yield return new(nameof(MinDelay), MinDelay, "PollingOptions.MinDelay must be between zero and MaxDelay.");
        }

        if (!double.IsFinite(BackoffFactor) || BackoffFactor < 1)
        {
            yield return new(nameof(BackoffFactor), BackoffFactor, "PollingOptions.BackoffFactor must be a finite number of at least 1.");
        }

        if (MaxWait is { } wait && wait != Timeout.InfiniteTimeSpan && (wait <= TimeSpan.Zero || wait > OptionsValidation.MaxDuration))
        {
            yield return new(nameof(MaxWait), wait, "PollingOptions.MaxWait must be positive and at most 1 day, or Timeout.InfiniteTimeSpan (or null) for no limit.");
        }

        if (MaxConsecutiveNetworkFailures < 1)
        {
            yield return new(nameof(MaxConsecutiveNetworkFailures), MaxConsecutiveNetworkFailures, "PollingOptions.MaxConsecutiveNetworkFailures must be at least 1.");
        }
    }
}
