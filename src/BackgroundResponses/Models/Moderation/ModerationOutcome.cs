using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The moderation of one side (input or output) of a response: a <see cref="ModerationResult"/> or a <see cref="ModerationError"/>.</summary>
/// <remarks>Told apart by <c>type</c>. One of a type this SDK does not know is read as <see cref="UnknownModerationOutcome"/> and written back verbatim.</remarks>
[JsonConverter(typeof(ModerationOutcomeJsonConverter))]
public abstract class ModerationOutcome
{
    /// <summary>Gets the type discriminator as on the wire, for example <c>moderation_result</c>.</summary>
    public abstract string Type { get; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
