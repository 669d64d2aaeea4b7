using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The moderation policy for a response's input and output (spec <c>ModerationPolicyParam</c>).</summary>
public sealed class ModerationPolicy
{
    /// <summary>Gets or sets the policy for the input.</summary>
    public ModerationStagePolicy? Input { get; set; }

    /// <summary>Gets or sets the policy for the output.</summary>
    public ModerationStagePolicy? Output { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
