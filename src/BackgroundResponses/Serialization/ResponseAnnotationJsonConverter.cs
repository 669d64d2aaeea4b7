using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ResponseAnnotation"/> by its <c>type</c>.</summary>
internal sealed class ResponseAnnotationJsonConverter : PolymorphicJsonConverter<ResponseAnnotation>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        if (typeValue.ValueTextEquals("url_citation"u8))
        {
            return ResponsesJsonContext.Default.UrlCitationAnnotation;
        }

        if (typeValue.ValueTextEquals("file_citation"u8))
        {
            return ResponsesJsonContext.Default.FileCitationAnnotation;
        }

        if (typeValue.ValueTextEquals("container_file_citation"u8))
        {
            return ResponsesJsonContext.Default.ContainerFileCitationAnnotation;
        }

        if (typeValue.ValueTextEquals("file_path"u8))
        {
            return ResponsesJsonContext.Default.FilePathAnnotation;
        }

        return null;
    }

    /// <inheritdoc />
    protected override ResponseAnnotation CreateUnknown(JsonElement rawJson) => new UnknownAnnotation(rawJson);
}
