namespace BackgroundResponses;

/// <summary>The ruling of <see cref="ResumableEventStream.Decide"/> on a break: an action, and for a give-up the exception to throw.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Error">The exception the caller gets (<see cref="StreamAction.GiveUp"/> only).</param>
internal readonly record struct StreamDecision(StreamAction Action, Exception? Error = null)
{
    /// <summary>Gets the decision to reconnect.</summary>
    public static StreamDecision Resume => new(StreamAction.Resume);

    /// <summary>Gets the decision to end with the final response.</summary>
    public static StreamDecision FinishByPolling => new(StreamAction.FinishByPolling);

    /// <summary>The decision to stop and throw <paramref name="error"/>.</summary>
    public static StreamDecision GiveUp(Exception error) => new(StreamAction.GiveUp, error);
}
