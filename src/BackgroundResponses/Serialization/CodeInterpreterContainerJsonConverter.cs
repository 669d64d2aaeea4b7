using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="CodeInterpreterContainer"/> as a container id string or an automatic container object.</summary>
internal sealed class CodeInterpreterContainerJsonConverter : JsonConverter<CodeInterpreterContainer>
{
    /// <inheritdoc />
    public override CodeInterpreterContainer? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString() is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id)
                ? CodeInterpreterContainer.FromId(id)
                : throw new JsonException("The code interpreter container id is empty."),
            JsonTokenType.StartObject => CodeInterpreterContainer.FromAuto(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.CodeInterpreterAutoContainer)!),
            _ => throw new JsonException($"Expected a JSON string or object for the code interpreter container, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CodeInterpreterContainer value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.ContainerId is { } id)
        {
            writer.WriteStringValue(id);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Auto!, ResponsesJsonContext.Default.CodeInterpreterAutoContainer);
        }
    }
}
