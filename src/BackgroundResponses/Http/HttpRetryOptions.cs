namespace BackgroundResponses;

/// <summary>
/// How single HTTP calls are retried (<see cref="ResponsesClientOptions.Retry"/>). Reads, deletes and cancels are
/// retried on 408, 429, 500, 502, 503, 504 and connection failures; a create only when the server surely did not
/// start a job.
/// </summary>
public class HttpRetryOptions
{
    /// <summary>Gets or sets how many times a failed call is retried (0 disables retries).</summary>
    /// <value>The default is 3.</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; it doubles for each further one, with jitter.</summary>
    /// <value>The default is 500 milliseconds.</value>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest delay the SDK itself chooses between retries.</summary>
    /// <value>The default is 8 seconds.</value>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Gets or sets the longest server-requested delay (<c>retry-after-ms</c>, <c>Retry-After</c>) the SDK waits;
    /// a longer request is clamped to it.
    /// </summary>
    /// <value>The default is 60 seconds.</value>
    public TimeSpan MaxServerDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Gets or sets a value indicating whether a create (<c>POST /responses</c>) whose outcome is unknown (a timeout
    /// or a connection reset after the request was sent) may be retried. A retry can start a second, paid,
    /// background job; leave this off unless duplicates are acceptable.
    /// </summary>
    /// <value>The default is <see langword="false"/>: such a create fails with <see cref="ResponseCreateOutcomeUnknownException"/>.</value>
    public bool RetryUncertainCreates { get; set; }
}
