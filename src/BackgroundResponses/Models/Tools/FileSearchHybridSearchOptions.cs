using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>How hybrid file search balances embedding and keyword matches (spec <c>HybridSearchOptions</c>).</summary>
public sealed class FileSearchHybridSearchOptions
{
    /// <summary>Gets or sets the weight of embedding matches in reciprocal rank fusion; required by the API.</summary>
    public double? EmbeddingWeight { get; set; }

    /// <summary>Gets or sets the weight of keyword matches in reciprocal rank fusion; required by the API.</summary>
    public double? TextWeight { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
