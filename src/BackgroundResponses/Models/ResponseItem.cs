using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// An item of a conversation: an input or output message, a function call, its output, a reasoning
/// item, and so on (spec unions <c>InputItem</c>, <c>OutputItem</c>, <c>ItemResource</c>).
/// </summary>
public abstract class ResponseItem
{
    /// <summary>Gets the item type discriminator as on the wire, for example <c>message</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets the item id, when it has one.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
