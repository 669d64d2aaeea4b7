using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The hosted computer tool, which controls a virtual computer (spec <c>ComputerTool</c>).</summary>
public sealed class ComputerTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "computer";

    /// <summary>Gets <c>computer</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
