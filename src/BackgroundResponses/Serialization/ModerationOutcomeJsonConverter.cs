using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ModerationOutcome"/> by its <c>type</c>.</summary>
internal sealed class ModerationOutcomeJsonConverter : PolymorphicJsonConverter<ModerationOutcome>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("moderation_result"u8))
        {
            return ResponsesJsonContext.Default.ModerationResult;
        }

        if (typeValue.ValueTextEquals("error"u8))
        {
            return ResponsesJsonContext.Default.ModerationError;
        }

        return null;
    }

    /// <inheritdoc />
    protected override ModerationOutcome CreateUnknown(JsonElement rawJson) => new UnknownModerationOutcome(rawJson);
}
