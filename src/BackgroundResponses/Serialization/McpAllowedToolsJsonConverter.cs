using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="McpAllowedTools"/> as a name array or a filter object.</summary>
internal sealed class McpAllowedToolsJsonConverter : JsonConverter<McpAllowedTools>
{
    /// <inheritdoc />
    public override McpAllowedTools? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.StartArray => McpAllowedTools.FromNames(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.ListString)!),
            JsonTokenType.StartObject => McpAllowedTools.FromFilter(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.McpToolFilter)!),
            _ => throw new JsonException($"Expected a JSON array or object for the allowed MCP tools, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, McpAllowedTools value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Filter is { } filter)
        {
            JsonSerializer.Serialize(writer, filter, ResponsesJsonContext.Default.McpToolFilter);
            return;
        }

        writer.WriteStartArray();
        foreach (var name in value.ToolNames!)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }
}
