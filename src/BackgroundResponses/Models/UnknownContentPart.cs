using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A content part of a type this SDK does not model, kept as its raw JSON and written back verbatim.</summary>
public sealed class UnknownContentPart : ResponseContentPart, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownContentPart"/> class.</summary>
    /// <param name="rawJson">The whole part as JSON; it is copied.</param>
    public UnknownContentPart(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
    }

    /// <summary>Gets the <c>type</c> of the part as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole part as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
