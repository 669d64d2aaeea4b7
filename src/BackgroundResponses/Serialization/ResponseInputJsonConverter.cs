using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Writes <see cref="ResponseInput"/> as a JSON string or an item array, and reads either.</summary>
/// <remarks>Items go through the context's <see cref="ResponseItem"/> metadata, so they use whatever converter that type declares.</remarks>
internal sealed class ResponseInputJsonConverter : JsonConverter<ResponseInput>
{
    /// <inheritdoc />
    public override ResponseInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => ResponseInput.FromText(reader.GetString()!),
            JsonTokenType.StartArray => ResponseInput.FromItems(
                JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.ListResponseItem)!),
            _ => throw new JsonException($"Expected a JSON string or array for the input, found {reader.TokenType}."),
        };
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Text is not null)
        {
            writer.WriteStringValue(value.Text);
            return;
        }

        writer.WriteStartArray();
        foreach (var item in value.Items!)
        {
            JsonSerializer.Serialize(writer, item, ResponsesJsonContext.Default.ResponseItem);
        }

        writer.WriteEndArray();
    }
}
