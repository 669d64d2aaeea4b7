using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Not a server event: the SDK ends a stream with this when the stream could not be continued (the server
/// refused to resume it, for example because it is more than 5 minutes old, or it ended without a terminal
/// event although the response had finished) and the final response was obtained by polling instead.
/// </summary>
/// <remarks>
/// <see cref="ResponseLifecycleEvent.Response"/> is the final response, as complete as a
/// <see cref="ResponseCompletedEvent"/> would have carried. <see cref="ResponseStreamEvent.SequenceNumber"/> is
/// <see langword="null"/>: this event has no place in the server's stream, so de-duplication by sequence number
/// (<c>if (e.SequenceNumber &lt;= last) continue;</c>) never takes it for a repeat. For the same reason its
/// <see cref="ResponseStreamEvent.ResumeToken"/> is <see langword="null"/>; the stream is over anyway.
/// </remarks>
public sealed class ResponsePolledEvent : ResponseLifecycleEvent
{
    /// <summary>The <see cref="Type"/> of this SDK-made event, chosen outside the API's <c>response.*</c> names.</summary>
    public const string EventType = "sdk.response.polled";

    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => EventType;

    /// <summary>Gets why the stream was finished by polling, for example the server's refusal to resume.</summary>
    [JsonIgnore]
    public Exception? Cause { get; init; }
}
