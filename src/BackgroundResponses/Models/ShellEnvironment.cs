using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Where a <see cref="ShellCallItem"/> runs (spec <c>LocalEnvironmentResource</c> or <c>ContainerReferenceResource</c>).</summary>
/// <remarks>Both kinds share one class: they differ only in <see cref="ContainerId"/>.</remarks>
public sealed class ShellEnvironment
{
    /// <summary>Gets or sets the kind of environment: <c>local</c> or <c>container_reference</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the id of the container, for a <c>container_reference</c>.</summary>
    public string? ContainerId { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
