using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// An item of a type this SDK does not model (one newer than this SDK), kept as its raw JSON
/// and written back verbatim.
/// </summary>
public sealed class UnknownResponseItem : ResponseItem, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownResponseItem"/> class.</summary>
    /// <param name="rawJson">The whole item as JSON; it is copied.</param>
    public UnknownResponseItem(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
        Id = RawJson.GetStringProperty("id");
    }

    /// <summary>Gets the <c>type</c> of the item as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole item as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
