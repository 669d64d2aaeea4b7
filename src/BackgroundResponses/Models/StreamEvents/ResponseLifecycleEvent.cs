namespace BackgroundResponses;

/// <summary>
/// An event that carries the whole response: <see cref="ResponseCreatedEvent"/>, <see cref="ResponseQueuedEvent"/>,
/// <see cref="ResponseInProgressEvent"/>, and the terminal <see cref="ResponseCompletedEvent"/>,
/// <see cref="ResponseFailedEvent"/> and <see cref="ResponseIncompleteEvent"/>.
/// </summary>
/// <remarks>Lets a consumer track the latest state of the response in one place, whatever the event.</remarks>
public abstract class ResponseLifecycleEvent : ResponseStreamEvent
{
    /// <summary>Gets or sets the response as of this event; the terminal events carry its final state.</summary>
    public ModelResponse Response { get; set; } = new();
}
