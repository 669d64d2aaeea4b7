using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Writes <see cref="ResponseConversationReference"/> as its id string (the shorter of the two forms the
/// API accepts) and reads both the string and the <c>{"id":…}</c> object form.
/// </summary>
internal sealed class ResponseConversationReferenceJsonConverter : JsonConverter<ResponseConversationReference>
{
    /// <inheritdoc />
    public override ResponseConversationReference? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return Create(reader.GetString());
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON string or object for the conversation, found {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? Create(id.GetString())
            : throw new JsonException("Expected a conversation object with a string \"id\" property.");
    }

    // A blank id is malformed JSON for this field, so it surfaces as JsonException like other shape errors.
    private static ResponseConversationReference Create(string? id) =>
        string.IsNullOrWhiteSpace(id)
            ? throw new JsonException("The conversation id is empty.")
            : new ResponseConversationReference(id);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseConversationReference value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }
}
