using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The hosted web search tool (spec <c>WebSearchTool</c> and <c>WebSearchPreviewTool</c>). One class serves
/// <c>web_search</c>, <c>web_search_preview</c> and their dated variants (for example
/// <c>web_search_preview_2025_03_11</c>): <see cref="Type"/> keeps the exact wire string, since the variants differ
/// only in which of the optional properties the server honours.
/// </summary>
public sealed class WebSearchTool : ResponseTool
{
    /// <summary>The wire type of the current web search tool.</summary>
    public const string TypeValue = "web_search";

    /// <summary>The wire type of the preview web search tool.</summary>
    public const string PreviewTypeValue = "web_search_preview";

    /// <summary>Initializes a new instance of the <see cref="WebSearchTool"/> class of type <c>web_search</c>.</summary>
    public WebSearchTool()
        : this(TypeValue)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebSearchTool"/> class with a given type.</summary>
    /// <param name="type">The wire type, for example <c>web_search_preview_2025_03_11</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="type"/> is null, empty or white space.</exception>
    [JsonConstructor]
    public WebSearchTool(string type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        Type = type;
    }

    /// <summary>Gets the wire type as given or read: <c>web_search</c>, <c>web_search_preview</c> or a dated variant.</summary>
    public override string Type { get; }

    /// <summary>Gets or sets whether the search may fetch live content; <see langword="false"/> searches only cached content. The server default is <see langword="true"/>.</summary>
    public bool? ExternalWebAccess { get; set; }

    /// <summary>Gets or sets filters on the search results (<c>web_search</c> only).</summary>
    public WebSearchFilters? Filters { get; set; }

    /// <summary>Gets or sets the approximate location of the user, which localizes results.</summary>
    public WebSearchUserLocation? UserLocation { get; set; }

    /// <summary>Gets or sets how much context window space the search uses; the server default is <c>medium</c>.</summary>
    public SearchContextSize? SearchContextSize { get; set; }

    /// <summary>Gets or sets the kinds of content the search returns (<c>web_search_preview</c> only).</summary>
    public IList<SearchContentType>? SearchContentTypes { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a <c>web_search_preview</c> tool.</summary>
    /// <returns>The tool.</returns>
    public static WebSearchTool Preview() => new(PreviewTypeValue);

    /// <summary>Tells whether a tool type is one this class reads: <c>web_search</c>, <c>web_search_preview</c>, or a dated variant of either.</summary>
    /// <param name="type">The wire type.</param>
    /// <returns><see langword="true"/> for a web search type.</returns>
    internal static bool IsWebSearchType(string type) =>
        type is TypeValue or PreviewTypeValue
        || IsDated(type, TypeValue)
        || IsDated(type, PreviewTypeValue);

    // Dated snapshots are the base name, an underscore and a date ("web_search_2025_08_26"): matching the digit
    // keeps other tools that might start with "web_search_" (a hypothetical "web_search_call") out.
    private static bool IsDated(string type, string prefix) =>
        type.Length > prefix.Length + 1
        && type.StartsWith(prefix, StringComparison.Ordinal)
        && type[prefix.Length] == '_'
        && char.IsAsciiDigit(type[prefix.Length + 1]);
}
