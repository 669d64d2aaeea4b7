using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A moderation outcome of a type this SDK does not model, kept as its raw JSON and written back verbatim.</summary>
public sealed class UnknownModerationOutcome : ModerationOutcome, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownModerationOutcome"/> class.</summary>
    /// <param name="rawJson">The whole value as JSON; it is copied.</param>
    public UnknownModerationOutcome(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
    }

    /// <summary>Gets the <c>type</c> as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole value as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
