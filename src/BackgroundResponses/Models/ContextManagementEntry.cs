using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>One entry of a request's <c>context_management</c> (spec <c>ContextManagementParam</c>).</summary>
public sealed class ContextManagementEntry
{
    /// <summary>Gets or sets the entry type; the spec documents only <see cref="ContextManagementType.Compaction"/>, the default here.</summary>
    public ContextManagementType Type { get; set; } = ContextManagementType.Compaction;

    /// <summary>Gets or sets the token count at which compaction starts for this entry (the API documents a minimum of 1000).</summary>
    public int? CompactThreshold { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
