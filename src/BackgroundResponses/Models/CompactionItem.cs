using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Earlier conversation compacted by the server into an opaque blob (type <c>compaction</c>, spec <c>CompactionBody</c>).</summary>
public sealed class CompactionItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "compaction";

    /// <summary>Gets or sets the compacted conversation, encrypted; pass the item back as input unchanged.</summary>
    public string? EncryptedContent { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
