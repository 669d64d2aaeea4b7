using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A citation of a file in a code interpreter container (type <c>container_file_citation</c>, spec <c>ContainerFileCitationBody</c>).</summary>
public sealed class ContainerFileCitationAnnotation : ResponseAnnotation
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "container_file_citation";

    /// <summary>Gets or sets the id of the container.</summary>
    public string? ContainerId { get; set; }

    /// <summary>Gets or sets the id of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the index of the first character of the citation in the text.</summary>
    public int? StartIndex { get; set; }

    /// <summary>Gets or sets the index of the last character of the citation in the text.</summary>
    public int? EndIndex { get; set; }

    /// <summary>Gets or sets the name of the file.</summary>
    public string? Filename { get; set; }
}
