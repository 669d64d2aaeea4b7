using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>What the model did in a <see cref="WebSearchCallItem"/>: search, open a page, or find in a page.</summary>
/// <remarks>Told apart by <c>type</c>. One of a type this SDK does not know is read as <see cref="UnknownWebSearchAction"/> and written back verbatim.</remarks>
[JsonConverter(typeof(WebSearchActionJsonConverter))]
public abstract class WebSearchAction
{
    /// <summary>Gets the type discriminator as on the wire, for example <c>search</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
