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
    private int _sequenceNumber;

    /// <summary>Gets the event type as on the wire, for example <c>response.output_text.delta</c>.</summary>
    [JsonPropertyOrder(-2)]
    public abstract string Type { get; }

    /// <summary>
    /// Gets or sets the position of the event in its response's stream: 0 for the first event, then one more
    /// per event. It is the cursor for resuming (<c>starting_after</c>).
    /// </summary>
    [JsonPropertyOrder(-1)]
    public int SequenceNumber
    {
        get => _sequenceNumber;
        set
        {
            _sequenceNumber = value;
            HasSequenceNumber = true;
        }
    }

    /// <summary>
    /// Gets a value indicating whether <see cref="SequenceNumber"/> was given (on the wire or in code). Events of
    /// servers that send none (older or compatible servers) cannot be de-duplicated or resumed by position.
    /// </summary>
    [JsonIgnore]
    public bool HasSequenceNumber { get; private set; }

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
    /// Gets a token that resumes the stream right after this event, or <see langword="null"/> when the
    /// response id is unknown. Persist <c>ResumeToken.ToString()</c> to go on later, even in another process.
    /// </summary>
    [JsonIgnore]
    public ResponseResumeToken? ResumeToken => ResponseId is null || !HasSequenceNumber || SequenceNumber < 0 ? null : new ResponseResumeToken(ResponseId, SequenceNumber);

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
