using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Groups function and custom tools under a shared name used in tool calls (spec <c>NamespaceToolParam</c>).</summary>
public sealed class NamespaceTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "namespace";

    /// <summary>Gets <c>namespace</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the namespace name used in tool calls, for example <c>crm</c>; required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the description of the namespace shown to the model; required by the API.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the tools in the namespace: <see cref="FunctionTool"/>s and <see cref="CustomTool"/>s; required by the API.</summary>
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
