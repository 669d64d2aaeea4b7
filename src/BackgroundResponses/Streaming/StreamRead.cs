namespace BackgroundResponses;

/// <summary>
/// What one read from a <see cref="StreamConnection"/> gave: an event, the clean end of the body, or a drop (a
/// network failure or the idle timeout).
/// </summary>
/// <remarks>
/// Returned, not thrown: a connection that ends before a terminal event is the resume loop's everyday business.
/// What is not about the connection (an event that cannot be read, the caller's cancellation) is still thrown.
/// </remarks>
internal readonly struct StreamRead
{
    private StreamRead(ResponseStreamEvent? streamEvent, Exception? failure)
    {
        Event = streamEvent;
        Failure = failure;
    }

    /// <summary>Gets the read that found the end of the body: the server closed it normally.</summary>
    public static StreamRead End => default;

    /// <summary>Gets the event read, or <see langword="null"/> when the connection ended.</summary>
    public ResponseStreamEvent? Event { get; }

    /// <summary>Gets why the connection dropped (<see cref="IOException"/>, <see cref="HttpRequestException"/>, or <see cref="TimeoutException"/> for the idle timeout), or <see langword="null"/>.</summary>
    public Exception? Failure { get; }

    /// <summary>Gets a value indicating whether the body ended cleanly, without an event.</summary>
    public bool IsEnd => Event is null && Failure is null;

    /// <summary>Gets a value indicating whether the connection dropped.</summary>
    public bool IsDrop => Failure is not null;

    /// <summary>A read that gave an event.</summary>
    /// <param name="streamEvent">The event.</param>
    /// <returns>The read.</returns>
    public static StreamRead Of(ResponseStreamEvent streamEvent) => new(streamEvent, null);

    /// <summary>A read that found the connection dropped.</summary>
    /// <param name="failure">Why.</param>
    /// <returns>The read.</returns>
    public static StreamRead Drop(Exception failure) => new(null, failure);
}
