using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A citation attached to an <see cref="OutputTextPart"/> (spec union <c>Annotation</c>).</summary>
/// <remarks>An annotation of a type this SDK does not know is read as <see cref="UnknownAnnotation"/> and written back verbatim.</remarks>
[JsonConverter(typeof(ResponseAnnotationJsonConverter))]
public abstract class ResponseAnnotation
{
    /// <summary>Gets the annotation type discriminator as on the wire, for example <c>url_citation</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
