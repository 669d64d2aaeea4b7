using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// An event of a streamed response (spec union <c>ResponseStreamEvent</c>, told apart by <c>type</c>).
/// Each of the spec's event schemas has a class of the same name; an event type this SDK does not know
/// arrives as <see cref="UnknownResponseStreamEvent"/>.
/// </summary>
[JsonConverter(typeof(ResponseStreamEventJsonConverter))]
public abstract class ResponseStreamEvent
{
    /// <summary>Gets the event type as on the wire, for example <c>response.output_text.delta</c>.</summary>
    [JsonPropertyOrder(-2)]
    public abstract string Type { get; }

    /// <summary>
    /// Gets or sets the position of the event in its response's stream: 0 for the first event, then one more
    /// per event. It is the cursor for resuming (<c>starting_after</c>). <see langword="null"/> when the event has
    /// no server sequence number of its own: the SDK-made <see cref="ResponsePolledEvent"/>, or an event from a
    /// server that sends none (such events cannot be de-duplicated or resumed by position).
    /// </summary>
    /// <remarks>
    /// A comparison with <see langword="null"/> is false, so the usual de-duplication
    /// <c>if (e.SequenceNumber &lt;= last) continue; last = e.SequenceNumber ?? last;</c> never skips an event
    /// without a number. Absent on the wire means <see langword="null"/> here, and stays absent when written.
    /// </remarks>
    [JsonPropertyOrder(-1)]
    public int? SequenceNumber { get; set; }

    /// <summary>
    /// Gets the id of the response this event belongs to, when the SDK knows it (always for events read
    /// through <see cref="ResponsesClient"/>). Not part of the event's JSON.
    /// </summary>
    /// <remarks>
    /// The JSON name below keeps this SDK-side property from claiming the wire name <c>response_id</c>, which
    /// some events (the audio ones) do send: that value then stays in <see cref="AdditionalProperties"/>.
    /// </remarks>
    [JsonIgnore]
    [JsonPropertyName("$sdk.response_id")]
    public string? ResponseId { get; internal set; }

    /// <summary>
    /// Gets a token that resumes the stream right after this event. Persist <c>ResumeToken.ToString()</c> to go on
    /// later, even in another process.
    /// </summary>
    /// <value>
    /// <see langword="null"/> when the event has no <see cref="SequenceNumber"/> (a <see cref="ResponsePolledEvent"/>,
    /// or a server that sends none) or its response id is unknown; keep the last non-null token.
    /// </value>
    [JsonIgnore]
    public ResponseResumeToken? ResumeToken => ResponseId is null || SequenceNumber is not { } number || number < 0 ? null : new ResponseResumeToken(ResponseId, number);

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
