using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The older JSON mode, <c>{"type":"json_object"}</c>: the output is valid JSON but follows no schema.
/// Prefer <see cref="JsonSchemaFormat"/> with models that support it.
/// </summary>
public sealed class JsonObjectFormat : ResponseTextFormat
{
    /// <summary>The wire discriminator of this format.</summary>
    public const string TypeValue = "json_object";

    /// <summary>Gets <c>json_object</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
