using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A tool the model may call (spec <c>Tool</c>): see <see cref="FunctionTool"/>, and
/// <see cref="RawResponseTool"/> for any other tool type (web search, file search, MCP, …) passed as JSON.
/// </summary>
[JsonConverter(typeof(ResponseToolJsonConverter))]
public abstract class ResponseTool
{
    /// <summary>Gets the tool type discriminator as on the wire, for example <c>function</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }
}
