using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ResponseContentPart"/> by its <c>type</c>.</summary>
internal sealed class ResponseContentPartJsonConverter : PolymorphicJsonConverter<ResponseContentPart>
{
    /// <inheritdoc />
    protected override JsonTypeInfo? ResolveType(ref Utf8JsonReader typeValue)
    {
        var context = ResponsesJsonContext.Default;
        if (typeValue.ValueTextEquals("output_text"u8))
        {
            return context.OutputTextPart;
        }

        if (typeValue.ValueTextEquals("input_text"u8))
        {
            return context.InputTextPart;
        }

        if (typeValue.ValueTextEquals("input_image"u8))
        {
            return context.InputImagePart;
        }

        if (typeValue.ValueTextEquals("input_file"u8))
        {
            return context.InputFilePart;
        }

        if (typeValue.ValueTextEquals("refusal"u8))
        {
            return context.RefusalPart;
        }

        if (typeValue.ValueTextEquals("reasoning_text"u8))
        {
            return context.ReasoningTextPart;
        }

        return null;
    }

    /// <inheritdoc />
    protected override ResponseContentPart CreateUnknown(JsonElement rawJson) => new UnknownContentPart(rawJson);
}
