using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The inpainting mask of an <see cref="ImageGenerationTool"/> (spec <c>ImageGenTool.input_image_mask</c>); set one of the two.</summary>
public sealed class ImageGenerationMask
{
    /// <summary>Gets or sets the mask image as a base64 data URL.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Gets or sets the id of an uploaded mask image.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
