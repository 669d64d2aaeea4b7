using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A page of items (spec schema <c>ResponseItemList</c>).</summary>
public class ResponseItemList
{
    /// <summary>Gets or sets the items.</summary>
    public IList<ResponseItem> Data { get; set; } = [];

    /// <summary>Gets or sets the id of the first item.</summary>
    public string? FirstId { get; set; }

    /// <summary>Gets or sets the id of the last item.</summary>
    public string? LastId { get; set; }

    /// <summary>Gets or sets a value indicating whether more items follow.</summary>
    public bool HasMore { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
