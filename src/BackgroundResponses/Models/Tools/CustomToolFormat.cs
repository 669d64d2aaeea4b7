using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The input format of a <see cref="CustomTool"/>: <see cref="CustomTextFormat"/>, <see cref="CustomGrammarFormat"/>,
/// or <see cref="UnknownCustomToolFormat"/> for a type this SDK does not know, which is written back verbatim.
/// </summary>
[JsonConverter(typeof(CustomToolFormatJsonConverter))]
public abstract class CustomToolFormat
{
    /// <summary>Gets the format type as on the wire, for example <c>grammar</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
