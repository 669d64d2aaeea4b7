using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Reads a raw-JSON <see cref="JsonElement"/> property, answering the empty array <c>[]</c> with one shared
/// element instead of a new <see cref="JsonDocument"/>.
/// </summary>
/// <remarks>
/// Every <c>response.output_text.delta</c> carries <c>"logprobs":[]</c> unless log probabilities were asked for;
/// parsing it the default way cost a document (about 200 bytes) per streamed token. The shared element is
/// backed by a detached, never-disposed document, so handing it out many times is safe.
/// </remarks>
internal sealed class SharedEmptyArrayJsonElementConverter : JsonConverter<JsonElement?>
{
    private static readonly JsonElement EmptyArray = JsonElementParser.Parse("[]");

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override JsonElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadElement(ref reader);

    /// <summary>Reads the value under <paramref name="reader"/>, sharing one element for <c>[]</c>.</summary>
    /// <param name="reader">A reader on the first token of the value.</param>
    /// <returns>The element, or <see langword="null"/> for JSON null.</returns>
    internal static JsonElement? ReadElement(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            var probe = reader;
            if (probe.Read() && probe.TokenType == JsonTokenType.EndArray)
            {
                reader.Read();
                return EmptyArray;
            }
        }

        return JsonElement.ParseValue(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, JsonElement? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
