using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The outbound network access of a container (spec <c>ContainerNetworkPolicyDisabledParam</c> and
/// <c>ContainerNetworkPolicyAllowlistParam</c>): one class for both, told apart by <see cref="Type"/>, since the
/// disabled form is just its type.
/// </summary>
public sealed class ContainerNetworkPolicy
{
    /// <summary>The type of a policy without network access.</summary>
    public const string DisabledType = "disabled";

    /// <summary>The type of a policy that allows listed domains.</summary>
    public const string AllowlistType = "allowlist";

    /// <summary>Gets or sets the policy type: <c>disabled</c> or <c>allowlist</c>; required by the API.</summary>
    [JsonPropertyOrder(-1)]
    public string? Type { get; set; }

    /// <summary>Gets or sets the domains the container may reach (<c>allowlist</c> only).</summary>
    public IList<string>? AllowedDomains { get; set; }

    /// <summary>Gets or sets secrets injected for requests to allowlisted domains (<c>allowlist</c> only).</summary>
    public IList<ContainerDomainSecret>? DomainSecrets { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a policy without network access.</summary>
    /// <returns>The policy.</returns>
    public static ContainerNetworkPolicy Disabled() => new() { Type = DisabledType };

    /// <summary>Creates a policy that allows only the given domains.</summary>
    /// <param name="allowedDomains">The domains.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allowedDomains"/> is <see langword="null"/>.</exception>
    public static ContainerNetworkPolicy Allowlist(params IEnumerable<string> allowedDomains)
    {
        ArgumentNullException.ThrowIfNull(allowedDomains);
        return new() { Type = AllowlistType, AllowedDomains = [.. allowedDomains] };
    }
}
