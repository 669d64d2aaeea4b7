using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a partial image is available during image generation streaming (wire type <c>response.image_generation_call.partial_image</c>).</summary>
public sealed class ResponseImageGenCallPartialImageEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.image_generation_call.partial_image";

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the image generation item being processed.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the 0-based index for the partial image (backend is 1-based, but this is 0-based for the user).</summary>
    public int PartialImageIndex { get; set; }

    /// <summary>Gets or sets the base64-encoded partial image data, suitable for rendering as an image.</summary>
    public string PartialImageB64 { get; set; } = string.Empty;

    /// <summary>Gets or sets the image size that was used.</summary>
    public string? Size { get; set; }

    /// <summary>Gets or sets the image quality that was used.</summary>
    public string? Quality { get; set; }

    /// <summary>Gets or sets the background setting that was used.</summary>
    public string? Background { get; set; }

    /// <summary>Gets or sets the output format that was used.</summary>
    public string? OutputFormat { get; set; }
}
