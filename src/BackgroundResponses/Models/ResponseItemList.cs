using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A page of <c>GET /responses/{id}/input_items</c> (spec schema <c>ResponseItemList</c>).</summary>
public sealed class ResponseItemList
{
    private IList<ResponseItem> _data = new List<ResponseItem>();

    /// <summary>Gets or sets the object type, always <c>list</c>.</summary>
    public string? Object { get; set; }

    /// <summary>Gets or sets the items of this page. Never <see langword="null"/>.</summary>
    public IList<ResponseItem> Data
    {
        get => _data;
        set => _data = value ?? new List<ResponseItem>();
    }

    /// <summary>Gets or sets the id of the first item of this page.</summary>
    public string? FirstId { get; set; }

    /// <summary>Gets or sets the id of the last item of this page: the cursor for the next one.</summary>
    public string? LastId { get; set; }

    /// <summary>Gets or sets a value indicating whether more items follow this page.</summary>
    public bool HasMore { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
