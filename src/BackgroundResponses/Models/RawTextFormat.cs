using System.Text.Json;

namespace BackgroundResponses;

/// <summary>A text format this SDK does not model, written exactly as given and kept as read.</summary>
public sealed class RawTextFormat : ResponseTextFormat
{
    /// <summary>Initializes a new instance of the <see cref="RawTextFormat"/> class.</summary>
    /// <param name="json">The whole format object, including its <c>type</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not an object with a string <c>type</c>.</exception>
    public RawTextFormat(JsonElement json)
    {
        Type = JsonElementParser.GetRequiredType(json, nameof(json));
        Json = json.Clone();
    }

    /// <summary>Gets the <c>type</c> read from <see cref="Json"/>.</summary>
    public override string Type { get; }

    /// <summary>Gets the format object as it is written.</summary>
    public JsonElement Json { get; }
}
