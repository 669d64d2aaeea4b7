using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A stream event of a type this SDK does not model (one added to the API after this SDK was built), kept
/// as its raw JSON and written back verbatim.
/// </summary>
public sealed class UnknownResponseStreamEvent : ResponseStreamEvent, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownResponseStreamEvent"/> class.</summary>
    /// <param name="rawJson">The whole event as JSON; it is copied.</param>
    public UnknownResponseStreamEvent(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;

        // The sequence number is still the resume cursor, so it must survive even for a type we cannot read.
        if (RawJson.ValueKind == JsonValueKind.Object
            && RawJson.TryGetProperty("sequence_number", out var sequenceNumber)
            && sequenceNumber.ValueKind == JsonValueKind.Number
            && sequenceNumber.TryGetInt32(out var value))
        {
            SequenceNumber = value;
        }
    }

    /// <summary>Gets the <c>type</c> of the event as sent, or an empty string when it had none.</summary>
    [JsonPropertyOrder(-2)]
    public override string Type => _type;

    /// <summary>Gets the whole event as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
