using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A file search filter of a type this SDK does not model, kept as its raw JSON and written back verbatim.</summary>
public sealed class UnknownFileSearchFilter : FileSearchFilter, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownFileSearchFilter"/> class.</summary>
    /// <param name="rawJson">The whole filter as JSON; it is copied.</param>
    public UnknownFileSearchFilter(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
    }

    /// <summary>Gets the <c>type</c> of the filter as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole filter as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
