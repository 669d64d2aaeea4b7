using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A web search query (type <c>search</c>, spec <c>WebSearchActionSearch</c>).</summary>
public sealed class WebSearchSearchAction : WebSearchAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "search";

    /// <summary>Gets or sets the search query; deprecated by the API in favour of <see cref="Queries"/>.</summary>
    public string? Query { get; set; }

    /// <summary>Gets or sets the search queries.</summary>
    public IList<string>? Queries { get; set; }

    /// <summary>Gets or sets the sources the search used, returned when <c>web_search_call.action.sources</c> is included.</summary>
    public IList<WebSearchSource>? Sources { get; set; }
}
