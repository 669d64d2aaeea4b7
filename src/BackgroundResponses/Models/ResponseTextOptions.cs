using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Options for the model's text output: plain text or structured JSON (spec <c>ResponseTextParam</c>).</summary>
public class ResponseTextOptions
{
    /// <summary>
    /// Gets or sets the output format: <see cref="TextFormat"/>, <see cref="JsonSchemaFormat"/> or
    /// <see cref="JsonObjectFormat"/>; the server default is plain text.
    /// </summary>
    public ResponseTextFormat? Format { get; set; }

    /// <summary>Gets or sets how verbose the output is; the server default is <c>medium</c>.</summary>
    public TextVerbosity? Verbosity { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
