using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A citation of a web resource (type <c>url_citation</c>).</summary>
public sealed class UrlCitationAnnotation : ResponseAnnotation
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "url_citation";

    /// <summary>Gets or sets the URL of the resource.</summary>
    public string? Url { get; set; }

    /// <summary>Gets or sets the title of the resource.</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the index of the first character of the citation in the text.</summary>
    public int? StartIndex { get; set; }

    /// <summary>Gets or sets the index of the last character of the citation in the text.</summary>
    public int? EndIndex { get; set; }
}
