namespace BackgroundResponses;

/// <summary>A break in a stream: its kind and its cause, plus what a finished response or spent reconnections leave behind.</summary>
/// <param name="Kind">Why the events stopped.</param>
/// <param name="Cause">
/// The failure behind it: the network error or <see cref="TimeoutException"/> of a drop, an <see cref="EndOfStreamException"/>
/// for a clean end, the server's refusal, or the last failed reconnection's cause.
/// </param>
/// <param name="Final">The finished response (<see cref="StreamBreakKind.Finished"/> only).</param>
/// <param name="Attempts">The reconnections made (<see cref="StreamBreakKind.Exhausted"/> only).</param>
internal readonly record struct StreamBreak(StreamBreakKind Kind, Exception Cause, ModelResponse? Final = null, int Attempts = 0)
{
    /// <summary>The break a read that gave no event stands for: a clean end or a drop.</summary>
    public static StreamBreak After(StreamRead read) => read.Failure is { } failure
        ? new StreamBreak(StreamBreakKind.Dropped, failure)
        : new StreamBreak(StreamBreakKind.Ended, new EndOfStreamException("The stream ended before a terminal event."));

    /// <summary>Gets the cause in words, for the logs.</summary>
    public string Reason => Kind == StreamBreakKind.Dropped && Cause is not TimeoutException
        ? "The connection was lost: " + Cause.Message
        : Cause.Message;
}
