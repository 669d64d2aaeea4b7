using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Plain text output, <c>{"type":"text"}</c>: the server default.</summary>
public sealed class TextFormat : ResponseTextFormat
{
    /// <summary>The wire discriminator of this format.</summary>
    public const string TypeValue = "text";

    /// <summary>Gets <c>text</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
