using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The shell tool, which runs shell commands in a hosted container or on your machine (spec <c>FunctionShellToolParam</c>).</summary>
public sealed class ShellTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "shell";

    /// <summary>Gets <c>shell</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>
    /// Gets or sets where commands run: <see cref="ShellContainerAutoEnvironment"/>,
    /// <see cref="ShellContainerReferenceEnvironment"/> or <see cref="ShellLocalEnvironment"/>.
    /// </summary>
    public ShellToolEnvironment? Environment { get; set; }

    /// <summary>Gets or sets who may invoke the tool: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
