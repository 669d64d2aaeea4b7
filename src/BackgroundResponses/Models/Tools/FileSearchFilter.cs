using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A filter on the attributes of searched files (spec <c>Filters</c>): a <see cref="ComparisonFilter"/>, a
/// <see cref="CompoundFilter"/> combining filters, or an <see cref="UnknownFileSearchFilter"/> for a type this SDK
/// does not know, which is written back verbatim.
/// </summary>
[JsonConverter(typeof(FileSearchFilterJsonConverter))]
public abstract class FileSearchFilter
{
    /// <summary>Gets the filter type as on the wire: the operator, for example <c>eq</c> or <c>and</c>.</summary>
    [JsonIgnore]
    public abstract string Type { get; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
