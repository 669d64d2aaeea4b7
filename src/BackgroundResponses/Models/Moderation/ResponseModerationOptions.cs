using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Moderation to run on a response's input and output (spec <c>ModerationParam</c>); the results arrive in <see cref="ModelResponse.Moderation"/>.</summary>
public sealed class ResponseModerationOptions
{
    /// <summary>Gets or sets the moderation model, for example <c>omni-moderation-latest</c>; the spec requires it.</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>Gets or sets the policy for the input and the output; the server default applies when not set.</summary>
    public ModerationPolicy? Policy { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
