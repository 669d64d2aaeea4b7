using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A secret a container's requests to one domain carry (spec <c>ContainerNetworkPolicyDomainSecretParam</c>).</summary>
public sealed class ContainerDomainSecret
{
    /// <summary>Gets or sets the domain the secret is for; required by the API.</summary>
    public string? Domain { get; set; }

    /// <summary>Gets or sets the name of the secret; required by the API.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the secret value; required by the API.</summary>
    public string? Value { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
