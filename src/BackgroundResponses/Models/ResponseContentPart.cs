using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A part of <see cref="MessageItem.Content"/>: text, an image, a file, a refusal, …</summary>
/// <remarks>A part of a type this SDK does not know is read as <see cref="UnknownContentPart"/> and written back verbatim.</remarks>
[JsonConverter(typeof(ResponseContentPartJsonConverter))]
public abstract class ResponseContentPart
{
    /// <summary>Gets the part type discriminator as on the wire, for example <c>output_text</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
