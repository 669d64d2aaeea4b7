using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A screenshot of a computer, in a <see cref="ComputerCallOutputItem"/> (spec <c>ComputerScreenshotImage</c>).</summary>
public sealed class ComputerScreenshot
{
    /// <summary>Gets or sets the type, <c>computer_screenshot</c>.</summary>
    public string Type { get; set; } = "computer_screenshot";

    /// <summary>Gets or sets the URL of the image.</summary>
    public string? ImageUrl { get; set; }

    /// <summary>Gets or sets the id of an uploaded file holding the image.</summary>
    public string? FileId { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
