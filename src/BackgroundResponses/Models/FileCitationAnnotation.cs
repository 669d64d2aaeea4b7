using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A citation of a file (type <c>file_citation</c>).</summary>
public sealed class FileCitationAnnotation : ResponseAnnotation
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "file_citation";

    /// <summary>Gets or sets the id of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the name of the file.</summary>
    public string? Filename { get; set; }

    /// <summary>Gets or sets the index of the file in the list of files.</summary>
    public int? Index { get; set; }
}
