namespace BackgroundResponses;

/// <summary>
/// Internal signal that a stream connection ended before a terminal event: a network failure, an idle
/// timeout, or a clean end of body. The resume loop turns it into a reconnection; callers never see it.
/// </summary>
internal sealed class StreamDroppedException : Exception
{
    public StreamDroppedException(string message, bool cleanEnd, Exception? innerException = null)
        : base(message, innerException)
    {
        CleanEnd = cleanEnd;
    }

    /// <summary>Gets a value indicating whether the server closed the body normally (no network error).</summary>
    public bool CleanEnd { get; }
}
