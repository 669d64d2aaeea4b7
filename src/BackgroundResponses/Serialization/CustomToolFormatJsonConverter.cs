using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="CustomToolFormat"/> by its <c>type</c>.</summary>
internal sealed class CustomToolFormatJsonConverter : PolymorphicJsonConverter<CustomToolFormat>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("text"u8))
        {
            return ResponsesJsonContext.Default.CustomTextFormat;
        }

        if (typeValue.ValueTextEquals("grammar"u8))
        {
            return ResponsesJsonContext.Default.CustomGrammarFormat;
        }

        return null;
    }

    /// <inheritdoc />
    protected override CustomToolFormat CreateUnknown(JsonElement rawJson) => new UnknownCustomToolFormat(rawJson);
}
