namespace BackgroundResponses;

/// <summary>What the resume loop does after a break (see <see cref="ResumableEventStream.Decide"/>).</summary>
internal enum StreamAction
{
    /// <summary>Reconnect with <c>starting_after</c> = the cursor.</summary>
    Resume,

    /// <summary>End the stream with a <see cref="ResponsePolledEvent"/>: the final response, retrieved or polled for.</summary>
    FinishByPolling,

    /// <summary>Throw <see cref="StreamDecision.Error"/> to the caller.</summary>
    GiveUp,
}
