using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A source a <see cref="WebSearchSearchAction"/> used (spec <c>WebSearchActionSearch.sources</c>).</summary>
public sealed class WebSearchSource
{
    /// <summary>Gets or sets the type of the source; <c>url</c> is the only one documented.</summary>
    public string Type { get; set; } = "url";

    /// <summary>Gets or sets the URL of the source.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
