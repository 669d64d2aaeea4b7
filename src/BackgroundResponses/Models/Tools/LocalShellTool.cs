using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The local shell tool: the model asks your code to run shell commands on your machine (spec <c>LocalShellToolParam</c>).</summary>
public sealed class LocalShellTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "local_shell";

    /// <summary>Gets <c>local_shell</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
