using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A tool the model may call (spec <c>Tool</c>): <see cref="FunctionTool"/>, a hosted or built-in tool such as
/// <see cref="WebSearchTool"/> or <see cref="FileSearchTool"/>, and <see cref="RawResponseTool"/> for a tool type
/// this SDK does not model, passed and kept as JSON.
/// </summary>
[JsonConverter(typeof(ResponseToolJsonConverter))]
public abstract class ResponseTool
{
    /// <summary>Gets the tool type discriminator as on the wire, for example <c>function</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }
}
