using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="ResponseToolChoice"/> as a mode string or a choice object.</summary>
internal sealed class ResponseToolChoiceJsonConverter : JsonConverter<ResponseToolChoice>
{
    /// <inheritdoc />
    public override ResponseToolChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.StartObject))
        {
            throw new JsonException($"Expected a JSON string or object for the tool choice, found {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return ResponseToolChoice.FromJson(document.RootElement);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseToolChoice value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Mode is not null)
        {
            writer.WriteStringValue(value.Mode);
        }
        else
        {
            value.Json!.Value.WriteTo(writer);
        }
    }
}
