using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The answer of <c>POST /responses/compact</c> (spec <c>CompactResource</c>): the compacted conversation.</summary>
public class CompactedResponse
{
    private IList<ResponseItem> _output = new List<ResponseItem>();

    /// <summary>Gets or sets the id of the compacted response.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the object type, always <c>response.compaction</c>.</summary>
    public string? Object { get; set; }

    /// <summary>
    /// Gets or sets the compacted items (messages, and <c>compaction</c> items carrying encrypted summaries): pass them as
    /// the input of the next request. Never <see langword="null"/>: a JSON <c>null</c> reads as an empty list.
    /// </summary>
    public IList<ResponseItem> Output
    {
        get => _output;
        set => _output = value ?? new List<ResponseItem>();
    }

    /// <summary>Gets or sets when the compaction was made.</summary>
    [JsonConverter(typeof(UnixTimestampJsonConverter))]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets the tokens the compaction used.</summary>
    public ResponseUsage? Usage { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
