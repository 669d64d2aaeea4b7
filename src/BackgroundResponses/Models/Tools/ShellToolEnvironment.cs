using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Where a <see cref="ShellTool"/> runs commands (spec <c>FunctionShellToolParam.environment</c>):
/// <see cref="ShellContainerAutoEnvironment"/>, <see cref="ShellContainerReferenceEnvironment"/>,
/// <see cref="ShellLocalEnvironment"/>, or <see cref="UnknownShellToolEnvironment"/> for a type this SDK does not
/// know, which is written back verbatim.
/// </summary>
[JsonConverter(typeof(ShellToolEnvironmentJsonConverter))]
public abstract class ShellToolEnvironment
{
    /// <summary>Gets the environment type as on the wire, for example <c>container_auto</c>.</summary>
    [JsonPropertyOrder(-1)]
    public abstract string Type { get; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
