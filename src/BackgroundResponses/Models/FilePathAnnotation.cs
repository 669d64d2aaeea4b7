using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A path to a file the model produced (type <c>file_path</c>, spec <c>FilePath</c>).</summary>
public sealed class FilePathAnnotation : ResponseAnnotation
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "file_path";

    /// <summary>Gets or sets the id of the file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the index of the file in the list of files.</summary>
    public int? Index { get; set; }
}
