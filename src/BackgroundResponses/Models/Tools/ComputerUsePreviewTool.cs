using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted computer use tool in preview, which controls a virtual computer (spec <c>ComputerUsePreviewTool</c>).</summary>
public sealed class ComputerUsePreviewTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "computer_use_preview";

    /// <summary>Gets <c>computer_use_preview</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the kind of computer to control; required by the API.</summary>
    public ComputerEnvironment? Environment { get; set; }

    /// <summary>Gets or sets the width of the display in pixels; required by the API.</summary>
    public int? DisplayWidth { get; set; }

    /// <summary>Gets or sets the height of the display in pixels; required by the API.</summary>
    public int? DisplayHeight { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
