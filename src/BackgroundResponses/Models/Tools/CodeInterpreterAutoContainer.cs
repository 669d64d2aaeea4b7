using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A container the server creates for a <see cref="CodeInterpreterTool"/> (spec <c>AutoCodeInterpreterToolParam</c>).</summary>
public sealed class CodeInterpreterAutoContainer
{
    /// <summary>Gets or sets the container type; always <c>auto</c>, the default.</summary>
    [JsonPropertyOrder(-1)]
    public string? Type { get; set; } = "auto";

    /// <summary>Gets or sets uploaded files to make available to the code (up to 50).</summary>
    public IList<string>? FileIds { get; set; }

    /// <summary>Gets or sets the memory limit of the container.</summary>
    public ContainerMemoryLimit? MemoryLimit { get; set; }

    /// <summary>Gets or sets the outbound network access of the container.</summary>
    public ContainerNetworkPolicy? NetworkPolicy { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
