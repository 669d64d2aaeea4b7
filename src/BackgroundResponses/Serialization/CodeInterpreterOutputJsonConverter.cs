using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="CodeInterpreterOutput"/> by its <c>type</c>.</summary>
internal sealed class CodeInterpreterOutputJsonConverter : PolymorphicJsonConverter<CodeInterpreterOutput>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("logs"u8))
        {
            return ResponsesJsonContext.Default.CodeInterpreterLogsOutput;
        }

        if (typeValue.ValueTextEquals("image"u8))
        {
            return ResponsesJsonContext.Default.CodeInterpreterImageOutput;
        }

        return null;
    }

    /// <inheritdoc />
    protected override CodeInterpreterOutput CreateUnknown(JsonElement rawJson) => new UnknownCodeInterpreterOutput(rawJson);
}
