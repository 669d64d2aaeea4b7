using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reads and writes <see cref="McpRequireApproval"/> as a policy string or a filter object.</summary>
internal sealed class McpRequireApprovalJsonConverter : JsonConverter<McpRequireApproval>
{
    /// <inheritdoc />
    public override McpRequireApproval? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => McpRequireApproval.FromMode(new McpApprovalMode(reader.GetString()!)),
            JsonTokenType.StartObject => McpRequireApproval.FromFilter(JsonSerializer.Deserialize(ref reader, ResponsesJsonContext.Default.McpApprovalFilter)!),
            _ => throw new JsonException($"Expected a JSON string or object for the MCP approval setting, found {reader.TokenType}."),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, McpRequireApproval value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Mode is { } mode)
        {
            writer.WriteStringValue(mode.Value);
        }
        else
        {
            JsonSerializer.Serialize(writer, value.Filter!, ResponsesJsonContext.Default.McpApprovalFilter);
        }
    }
}
