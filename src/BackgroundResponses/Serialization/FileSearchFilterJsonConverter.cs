using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="FileSearchFilter"/> by its <c>type</c>, which is the operator.</summary>
internal sealed class FileSearchFilterJsonConverter : PolymorphicJsonConverter<FileSearchFilter>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("and"u8) || typeValue.ValueTextEquals("or"u8))
        {
            return ResponsesJsonContext.Default.CompoundFilter;
        }

        if (typeValue.ValueTextEquals("eq"u8) || typeValue.ValueTextEquals("ne"u8)
            || typeValue.ValueTextEquals("gt"u8) || typeValue.ValueTextEquals("gte"u8)
            || typeValue.ValueTextEquals("lt"u8) || typeValue.ValueTextEquals("lte"u8)
            || typeValue.ValueTextEquals("in"u8) || typeValue.ValueTextEquals("nin"u8))
        {
            return ResponsesJsonContext.Default.ComparisonFilter;
        }

        return null;
    }

    /// <inheritdoc />
    protected override FileSearchFilter CreateUnknown(JsonElement rawJson) => new UnknownFileSearchFilter(rawJson);
}
