using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An image produced by the code (type <c>image</c>, spec <c>CodeInterpreterOutputImage</c>).</summary>
public sealed class CodeInterpreterImageOutput : CodeInterpreterOutput
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "image";

    /// <summary>Gets or sets the URL of the image.</summary>
    public string? Url { get; set; }
}
