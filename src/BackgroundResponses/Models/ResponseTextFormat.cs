using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The format of the model's text output (spec <c>TextResponseFormatConfiguration</c>): see
/// <see cref="TextFormat"/>, <see cref="JsonSchemaFormat"/>, <see cref="JsonObjectFormat"/>, and
/// <see cref="RawTextFormat"/> for formats this SDK does not model.
/// </summary>
[JsonConverter(typeof(ResponseTextFormatJsonConverter))]
public abstract class ResponseTextFormat
{
    /// <summary>Gets the format type discriminator as on the wire, for example <c>json_schema</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }
}
