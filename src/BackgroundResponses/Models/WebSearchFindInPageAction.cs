using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The model searched a loaded page for a pattern (type <c>find_in_page</c>, spec <c>WebSearchActionFind</c>).</summary>
public sealed class WebSearchFindInPageAction : WebSearchAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "find_in_page";

    /// <summary>Gets or sets the URL of the page searched.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the pattern or text searched for.</summary>
    public string? Pattern { get; set; }
}
