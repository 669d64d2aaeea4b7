using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The apply patch tool: the model creates, deletes and updates files with unified diffs that your code applies (spec <c>ApplyPatchToolParam</c>).</summary>
public sealed class ApplyPatchTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "apply_patch";

    /// <summary>Gets <c>apply_patch</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets who may invoke the tool: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
