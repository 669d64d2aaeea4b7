using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes <see cref="ResponseTool"/> by its <c>type</c>: <c>function</c> becomes a
/// <see cref="FunctionTool"/>, any other type a <see cref="RawResponseTool"/> that is written back verbatim.
/// </summary>
internal sealed class ResponseToolJsonConverter : JsonConverter<ResponseTool>
{
    /// <inheritdoc />
    public override ResponseTool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement;
        var type = JsonElementParser.TryGetType(json)
            ?? throw new JsonException("Expected a tool object with a string \"type\" property.");

        return type switch
        {
            FunctionTool.TypeValue => json.Deserialize(ResponsesJsonContext.Default.FunctionTool),
            _ => new RawResponseTool(json),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseTool value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case FunctionTool function:
                JsonSerializer.Serialize(writer, function, ResponsesJsonContext.Default.FunctionTool);
                break;
            case RawResponseTool raw:
                raw.Json.WriteTo(writer);
                break;
            default:
                throw new JsonException($"Tool type {value.GetType().Name} has no serializer; use {nameof(RawResponseTool)} for tools this SDK does not model.");
        }
    }
}
