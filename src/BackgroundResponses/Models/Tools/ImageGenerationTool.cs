using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted image generation tool, which makes or edits images with a GPT image model (spec <c>ImageGenTool</c>).</summary>
public sealed class ImageGenerationTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "image_generation";

    /// <summary>Gets <c>image_generation</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the image model, for example <c>gpt-image-1</c> (the server default) or <c>gpt-image-1.5</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets the quality of the image; the server default is <c>auto</c>.</summary>
    public ImageGenerationQuality? Quality { get; set; }

    /// <summary>
    /// Gets or sets the size as <c>WIDTHxHEIGHT</c>, for example <c>1024x1536</c>, or <c>auto</c> (the server default);
    /// a string because newer models take arbitrary sizes.
    /// </summary>
    public string? Size { get; set; }

    /// <summary>Gets or sets the file format of the image; the server default is <c>png</c>.</summary>
    public ImageGenerationOutputFormat? OutputFormat { get; set; }

    /// <summary>Gets or sets the compression level of the image, from 0 to 100; the server default is 100.</summary>
    public int? OutputCompression { get; set; }

    /// <summary>Gets or sets the moderation level; the server default is <c>auto</c>.</summary>
    public ImageGenerationModeration? Moderation { get; set; }

    /// <summary>Gets or sets the background of the image; the server default is <c>auto</c>.</summary>
    public ImageGenerationBackground? Background { get; set; }

    /// <summary>Gets or sets how closely the output matches the style and faces of input images.</summary>
    public ImageInputFidelity? InputFidelity { get; set; }

    /// <summary>Gets or sets a mask for inpainting.</summary>
    public ImageGenerationMask? InputImageMask { get; set; }

    /// <summary>Gets or sets how many partial images a stream carries, from 0 (the server default) to 3.</summary>
    public int? PartialImages { get; set; }

    /// <summary>Gets or sets whether to make a new image or edit one; the server default is <c>auto</c>.</summary>
    public ImageGenerationAction? Action { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
