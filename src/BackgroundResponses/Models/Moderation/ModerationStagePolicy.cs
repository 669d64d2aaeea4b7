using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The moderation policy for either the input or the output of a response (spec <c>ModerationConfigParam</c>).</summary>
public sealed class ModerationStagePolicy
{
    /// <summary>Gets or sets the moderation mode; the spec requires it.</summary>
    public ModerationMode Mode { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
