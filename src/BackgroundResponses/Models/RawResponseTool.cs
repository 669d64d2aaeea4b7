using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// A tool of a type this SDK does not model (one added to the API later), written exactly as given and kept
/// as read, for example <c>RawResponseTool.FromJson("""{"type":"some_new_tool"}""")</c>. Documented tool
/// types are read as their own classes instead.
/// </summary>
public sealed class RawResponseTool : ResponseTool
{
    /// <summary>Initializes a new instance of the <see cref="RawResponseTool"/> class.</summary>
    /// <param name="json">The whole tool object, including its <c>type</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not an object with a string <c>type</c>.</exception>
    public RawResponseTool(JsonElement json)
    {
        Type = JsonElementParser.GetRequiredType(json, nameof(json));
        Json = json.Clone();
    }

    /// <summary>Gets the <c>type</c> read from <see cref="Json"/>.</summary>
    public override string Type { get; }

    /// <summary>Gets the tool object as it is written.</summary>
    public JsonElement Json { get; }

    /// <summary>Creates a raw tool from JSON text.</summary>
    /// <param name="json">The tool object as JSON text, for example <c>{"type":"some_new_tool"}</c>.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is empty, or not an object with a string <c>type</c>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON.</exception>
    public static RawResponseTool FromJson(string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(json);
        return new RawResponseTool(JsonElementParser.Parse(json));
    }
}
