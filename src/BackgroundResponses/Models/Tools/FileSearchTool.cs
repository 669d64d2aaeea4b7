using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted file search tool, which searches uploaded files in vector stores (spec <c>FileSearchTool</c>).</summary>
public sealed class FileSearchTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "file_search";

    /// <summary>Gets <c>file_search</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the ids of the vector stores to search; required by the API.</summary>
    public IList<string>? VectorStoreIds { get; set; }

    /// <summary>Gets or sets the maximum number of results, between 1 and 50.</summary>
    public int? MaxNumResults { get; set; }

    /// <summary>Gets or sets how results are ranked.</summary>
    public FileSearchRankingOptions? RankingOptions { get; set; }

    /// <summary>Gets or sets a filter on file attributes: a <see cref="ComparisonFilter"/> or a <see cref="CompoundFilter"/>.</summary>
    public FileSearchFilter? Filters { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a file search tool over the given vector stores.</summary>
    /// <param name="vectorStoreIds">The ids of the vector stores to search.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vectorStoreIds"/> is <see langword="null"/>.</exception>
    public static FileSearchTool Create(params IEnumerable<string> vectorStoreIds)
    {
        ArgumentNullException.ThrowIfNull(vectorStoreIds);
        return new FileSearchTool { VectorStoreIds = [.. vectorStoreIds] };
    }
}
