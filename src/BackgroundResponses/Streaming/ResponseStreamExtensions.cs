namespace BackgroundResponses;

/// <summary>Helpers over streams of <see cref="ResponseStreamEvent"/>.</summary>
public static class ResponseStreamExtensions
{
    /// <summary>
    /// Reads a stream to its end and returns the response it describes: the terminal event's response, or,
    /// for a stream that ends without one, the response built from its events.
    /// </summary>
    /// <param name="events">The events, for example from <see cref="ResponsesClient.StreamAsync(string, int?, CancellationToken)"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The stream ended without any event that describes a response.</exception>
    public static async Task<ModelResponse> ToResponseAsync(this IAsyncEnumerable<ResponseStreamEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        var accumulator = new ResponseStreamAccumulator();
        await foreach (var streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Apply(streamEvent);
        }

        return accumulator.ToResponse()
            ?? throw new InvalidOperationException($"The stream ended after {accumulator.EventCount} event(s) without any that describes a response.");
    }
}
