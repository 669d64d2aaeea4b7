using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A shell environment of a type this SDK does not model, kept as its raw JSON and written back verbatim.</summary>
public sealed class UnknownShellToolEnvironment : ShellToolEnvironment, IRawJsonValue
{
    private readonly string _type;

    /// <summary>Initializes a new instance of the <see cref="UnknownShellToolEnvironment"/> class.</summary>
    /// <param name="rawJson">The whole environment as JSON; it is copied.</param>
    public UnknownShellToolEnvironment(JsonElement rawJson)
    {
        RawJson = rawJson.Clone();
        _type = RawJson.GetStringProperty("type") ?? string.Empty;
    }

    /// <summary>Gets the <c>type</c> of the environment as sent, or an empty string when it had none.</summary>
    public override string Type => _type;

    /// <summary>Gets the whole environment as it was read; this, not the other properties, is what is written.</summary>
    public JsonElement RawJson { get; }
}
