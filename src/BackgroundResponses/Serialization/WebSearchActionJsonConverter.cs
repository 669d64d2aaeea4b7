using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="WebSearchAction"/> by its <c>type</c>.</summary>
internal sealed class WebSearchActionJsonConverter : PolymorphicJsonConverter<WebSearchAction>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("search"u8))
        {
            return ResponsesJsonContext.Default.WebSearchSearchAction;
        }

        if (typeValue.ValueTextEquals("open_page"u8))
        {
            return ResponsesJsonContext.Default.WebSearchOpenPageAction;
        }

        if (typeValue.ValueTextEquals("find_in_page"u8))
        {
            return ResponsesJsonContext.Default.WebSearchFindInPageAction;
        }

        return null;
    }

    /// <inheritdoc />
    protected override WebSearchAction CreateUnknown(JsonElement rawJson) => new UnknownWebSearchAction(rawJson);
}
