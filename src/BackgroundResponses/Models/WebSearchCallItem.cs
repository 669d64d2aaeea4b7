using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A web search run by the model (type <c>web_search_call</c>, spec <c>WebSearchToolCall</c>).</summary>
public sealed class WebSearchCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "web_search_call";

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>searching</c>, <c>completed</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets what the model did on the web: a <see cref="WebSearchSearchAction"/>, a <see cref="WebSearchOpenPageAction"/> or a <see cref="WebSearchFindInPageAction"/>.</summary>
    public WebSearchAction? Action { get; set; }
}
