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
    /// <summary>The longest <see cref="MaxWait"/>, and the longest interval, accepted: Polly's own bound for timeouts and delays.</summary>
    private static readonly TimeSpan MaxSetting = TimeSpan.FromDays(1);

    /// <summary>Gets or sets the delay before the second retrieval when the server sends no <c>openai-poll-after-ms</c> hint.</summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan InitialPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest delay between two retrievals; also the cap on a server's <c>openai-poll-after-ms</c> hint.</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets by how much the delay grows after each retrieval that finds the response still pending,
    /// from <see cref="InitialPollInterval"/> up to <see cref="MaxPollInterval"/>. 1 keeps it constant.
    /// </summary>
    /// <value>The default is 1.5.</value>
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>
    /// Gets or sets the shortest delay the SDK accepts from a server's <c>openai-poll-after-ms</c> hint,
    /// so that a hint of 0 cannot turn polling into a hot loop.
    /// </summary>
    /// <value>The default is 100 milliseconds.</value>
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

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

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    internal PollingOptions Clone() => (PollingOptions)MemberwiseClone();

    /// <summary>Throws if a value is out of range; called at the start of each wait, not when a property is set, so properties can be set in any order.</summary>
    internal void Validate()
    {
        var initial = InitialPollInterval;
        var max = MaxPollInterval;
        var min = MinPollInterval;
        var factor = BackoffFactor;
        if (initial <= TimeSpan.Zero || initial > MaxSetting)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialPollInterval), initial, "PollingOptions.InitialPollInterval must be positive and at most 1 day.");
        }

        if (max < initial || max > MaxSetting)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPollInterval), max, "PollingOptions.MaxPollInterval must be at least InitialPollInterval and at most 1 day.");
        }

        if (min < TimeSpan.Zero || min > max)
        {
            throw new ArgumentOutOfRangeException(nameof(MinPollInterval), min, "PollingOptions.MinPollInterval must be between zero and MaxPollInterval.");
        }

        if (!double.IsFinite(factor) || factor < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BackoffFactor), factor, "PollingOptions.BackoffFactor must be a finite number of at least 1.");
        }

        if (MaxWait is { } wait && wait != Timeout.InfiniteTimeSpan && (wait <= TimeSpan.Zero || wait > MaxSetting))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxWait), wait, "PollingOptions.MaxWait must be positive and at most 1 day, or Timeout.InfiniteTimeSpan (or null) for no limit.");
        }
    }
}
