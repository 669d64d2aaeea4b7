using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The moderation of a response's input and output (spec <c>Moderation</c>), present when the request asked for it with
/// <see cref="CreateResponseRequest.Moderation"/>.
/// </summary>
public sealed class ResponseModeration
{
    /// <summary>Gets or sets the moderation of the input: a <see cref="ModerationResult"/> or a <see cref="ModerationError"/>.</summary>
    public ModerationOutcome? Input { get; set; }

    /// <summary>Gets or sets the moderation of the output: a <see cref="ModerationResult"/> or a <see cref="ModerationError"/>.</summary>
    public ModerationOutcome? Output { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
