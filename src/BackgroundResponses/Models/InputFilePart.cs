using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A file input to the model (type <c>input_file</c>).</summary>
public sealed class InputFilePart : ResponseContentPart
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "input_file";

    /// <summary>Gets or sets the id of an uploaded file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the URL of the file.</summary>
    public string? FileUrl { get; set; }

    /// <summary>Gets or sets the file content, base64-encoded.</summary>
    public string? FileData { get; set; }

    /// <summary>Gets or sets the file name sent with <see cref="FileData"/>.</summary>
    public string? Filename { get; set; }
}
