using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>How a <see cref="FileSearchTool"/> ranks its results (spec <c>RankingOptions</c>).</summary>
public sealed class FileSearchRankingOptions
{
    /// <summary>Gets or sets the ranker.</summary>
    public FileSearchRanker? Ranker { get; set; }

    /// <summary>Gets or sets the minimum score of a result, between 0 and 1; closer to 1 returns fewer, more relevant results.</summary>
    public double? ScoreThreshold { get; set; }

    /// <summary>Gets or sets the weights of reciprocal rank fusion when hybrid search is on.</summary>
    public FileSearchHybridSearchOptions? HybridSearch { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
