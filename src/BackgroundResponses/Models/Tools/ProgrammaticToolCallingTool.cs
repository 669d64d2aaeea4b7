using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted programmatic tool calling tool, which lets model-written code call the tools whose <c>allowed_callers</c> include <c>programmatic</c> (spec <c>ProgrammaticToolCallingParam</c>).</summary>
public sealed class ProgrammaticToolCallingTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "programmatic_tool_calling";

    /// <summary>Gets <c>programmatic_tool_calling</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
