using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An image input to the model (type <c>input_image</c>), given by URL, data URL or file id.</summary>
public sealed class InputImagePart : ResponseContentPart
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "input_image";

    /// <summary>Gets or sets the image URL, or a base64 data URL.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Gets or sets the id of an uploaded file.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets the level of detail: <c>low</c>, <c>high</c> or <c>auto</c>.</summary>
    public string? Detail { get; set; }
}
