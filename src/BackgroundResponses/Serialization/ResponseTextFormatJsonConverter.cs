using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes <see cref="ResponseTextFormat"/> by its <c>type</c>; unknown types become a
/// <see cref="RawTextFormat"/> that is written back verbatim.
/// </summary>
internal sealed class ResponseTextFormatJsonConverter : JsonConverter<ResponseTextFormat>
{
    /// <inheritdoc />
    public override ResponseTextFormat? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement;
        var type = JsonElementParser.TryGetType(json)
            ?? throw new JsonException("Expected a text format object with a string \"type\" property.");

        return type switch
        {
            TextFormat.TypeValue => json.Deserialize(ResponsesJsonContext.Default.TextFormat),
            JsonSchemaFormat.TypeValue => json.Deserialize(ResponsesJsonContext.Default.JsonSchemaFormat),
            JsonObjectFormat.TypeValue => json.Deserialize(ResponsesJsonContext.Default.JsonObjectFormat),
            _ => new RawTextFormat(json),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseTextFormat value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case TextFormat text:
                JsonSerializer.Serialize(writer, text, ResponsesJsonContext.Default.TextFormat);
                break;
            case JsonSchemaFormat schema:
                JsonSerializer.Serialize(writer, schema, ResponsesJsonContext.Default.JsonSchemaFormat);
                break;
            case JsonObjectFormat jsonObject:
                JsonSerializer.Serialize(writer, jsonObject, ResponsesJsonContext.Default.JsonObjectFormat);
                break;
            case RawTextFormat raw:
                raw.Json.WriteTo(writer);
                break;
            default:
                throw new JsonException($"Text format type {value.GetType().Name} has no serializer; use {nameof(RawTextFormat)} for formats this SDK does not model.");
        }
    }
}
