using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The model opened a page from the results (type <c>open_page</c>, spec <c>WebSearchActionOpenPage</c>).</summary>
public sealed class WebSearchOpenPageAction : WebSearchAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "open_page";

    /// <summary>Gets or sets the URL opened.</summary>
    public string? Url { get; set; }
}
