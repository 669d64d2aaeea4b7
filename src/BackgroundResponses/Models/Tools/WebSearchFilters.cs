using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Filters on the results of a <see cref="WebSearchTool"/> (spec <c>WebSearchTool.filters</c>).</summary>
public sealed class WebSearchFilters
{
    /// <summary>Gets or sets the domains results may come from, subdomains included, for example <c>pubmed.ncbi.nlm.nih.gov</c>; all domains when not set.</summary>
    public IList<string>? AllowedDomains { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
