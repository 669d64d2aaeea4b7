namespace BackgroundResponses;

/// <summary>Why the events of a stream stopped coming: what <see cref="ResumableEventStream.Decide"/> rules on.</summary>
internal enum StreamBreakKind
{
    /// <summary>The connection's body ended cleanly before a terminal event.</summary>
    Ended,

    /// <summary>The connection failed, or no event arrived for <see cref="StreamingOptions.IdleTimeout"/>.</summary>
    Dropped,

    /// <summary>A reconnection brought nothing new, and a retrieve showed the response finished (a cancelled response has no terminal event).</summary>
    Finished,

    /// <summary>The server will not stream the response again (400: more than 5 minutes old, or not a background response).</summary>
    Refused,

    /// <summary>Every reconnection allowed by <see cref="StreamingOptions.MaxResumeAttempts"/> failed.</summary>
    Exhausted,
}
