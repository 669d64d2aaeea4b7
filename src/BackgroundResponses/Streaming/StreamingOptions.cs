namespace BackgroundResponses;

/// <summary>How event streams are read and resumed. Set through <see cref="ResponsesClientOptions.Streaming"/>.</summary>
public class StreamingOptions
{
    /// <summary>
    /// Gets or sets how long a stream may stay silent before the SDK treats the connection as lost and
    /// resumes it from the last event (a reconnection that repeats nothing).
    /// </summary>
    /// <value>The default is 2 minutes. <see cref="Timeout.InfiniteTimeSpan"/> disables the check.</value>
    /// <remarks>
    /// <para>
    /// Reasoning models can think for a long time between events; a reconnection costs one request and
    /// loses nothing, so a short value is safe, only chattier.
    /// </para>
    /// <para>
    /// Silence means no <em>event</em>: comments (<c>: ping</c> keep-alives) and blank lines do not count as
    /// activity, so a server that sends only keep-alives is resumed after this time like a silent one, and after
    /// <see cref="MaxResumeAttempts"/> such reconnections the stream fails with <see cref="ResponsesStreamException"/>.
    /// The same value bounds the wait for a stream's response headers.
    /// </para>
    /// </remarks>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets or sets how many reconnections in a row may fail to deliver a new event before the stream gives
    /// up with <see cref="ResponsesStreamException"/>. Any new event resets the count.
    /// </summary>
    /// <value>The default is 5.</value>
    public int MaxResumeAttempts { get; set; } = 5;

    /// <summary>Gets or sets the delay before the second reconnection in a row; it doubles for each further one, with jitter. The first reconnection is immediate.</summary>
    /// <value>The default is 500 milliseconds.</value>
    public TimeSpan ResumeDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest delay the SDK itself chooses between reconnections (a server's <c>Retry-After</c> is bounded by <see cref="HttpRetryOptions.MaxRetryAfter"/>).</summary>
    /// <value>The default is 10 seconds.</value>
    public TimeSpan MaxResumeDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Gets or sets a value indicating whether a stream the server refuses to resume (older than its
    /// re-stream window of about 5 minutes, or not created in background mode) is finished by polling the
    /// response until it is done. The stream then ends with a <see cref="ResponsePolledEvent"/> carrying the
    /// final response. When <see langword="false"/>, such a refusal throws <see cref="ResponsesStreamException"/>.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool FallBackToPolling { get; set; } = true;

    /// <summary>
    /// Gets or sets the largest event the SDK accepts, in bytes. A larger one fails the stream with
    /// <see cref="ResponsesStreamException"/> instead of growing memory without bound.
    /// </summary>
    /// <value>The default is 32 MiB.</value>
    /// <remarks>
    /// <para>
    /// What is counted is every byte received since the last event, comments and blank lines included: that count is
    /// what stops a server that never finishes an event. A server that sends more than this many bytes of comments
    /// with no event between them therefore fails the stream the same way, at once and without a reconnection (it
    /// would only do it again). Keep-alives at any sane rate stay far below the limit within one
    /// <see cref="IdleTimeout"/>, after which a connection that brought no event is replaced and the count restarts.
    /// </para>
    /// <para>
    /// Memory stays bounded by about this size plus one read buffer: comment bytes are counted, never kept.
    /// </para>
    /// </remarks>
    public int MaxEventSize { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// Gets or sets how a stream the server refuses to resume is finished by polling (see <see cref="FallBackToPolling"/>):
    /// intervals, the server's <c>openai-poll-after-ms</c> hint, <see cref="PollingOptions.MaxWait"/> and the rest, exactly
    /// as for <see cref="ResponsesClient.PollUntilTerminalAsync(string, PollingOptions?, CancellationToken)"/>, which does that polling.
    /// </summary>
    /// <value>The default is a new <see cref="BackgroundResponses.PollingOptions"/>: 1 second growing by 1.5 up to 10 seconds, for at most 1 hour.</value>
    public PollingOptions Polling { get; set; } = new();

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    internal StreamingOptions Clone()
    {
        var copy = (StreamingOptions)MemberwiseClone();
        copy.Polling = Polling?.Clone()!;
        return copy;
    }

    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate() => OptionsValidation.ThrowIfAny(GetProblems());

    /// <summary>Every value out of range, named as in this class (<c>Polling.MaxWait</c> for the nested options).</summary>
    internal IEnumerable<OptionProblem> GetProblems()
    {
        if (IdleTimeout <= TimeSpan.Zero && IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return new(nameof(IdleTimeout), IdleTimeout, "IdleTimeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        if (MaxResumeAttempts < 0)
        {
            yield return new(nameof(MaxResumeAttempts), MaxResumeAttempts, "MaxResumeAttempts must be 0 or more.");
        }

        if (OptionsValidation.CheckDelay(nameof(ResumeDelay), ResumeDelay) is { } resumeDelay)
        {
            yield return resumeDelay;
        }

        if (MaxResumeDelay < ResumeDelay || MaxResumeDelay > OptionsValidation.MaxDuration)
        {
            yield return new(nameof(MaxResumeDelay), MaxResumeDelay, "MaxResumeDelay must be at least ResumeDelay and at most 1 day.");
        }

        if (MaxEventSize < 1024)
        {
            yield return new(nameof(MaxEventSize), MaxEventSize, "MaxEventSize must be at least 1024 bytes.");
        }

        if (Polling is null)
        {
            yield return new(nameof(Polling), null, "Polling must not be null.");
            yield break;
        }

        foreach (var problem in OptionsValidation.Prefix(nameof(Polling), Polling.GetProblems()))
        {
            yield return problem;
        }
    }
}
