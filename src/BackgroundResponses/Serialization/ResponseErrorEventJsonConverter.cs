using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reads both shapes of <see cref="ResponseErrorEvent"/> (flat as in the spec, nested as seen on the wire) and writes back the one read.</summary>
/// <remarks>
/// A converter rather than a nested DTO because the two shapes share the same public properties, and
/// <c>code</c>/<c>param</c> must be accepted even when they are not strings. Error events are rare, so
/// reading through a <see cref="JsonElement"/> costs nothing that matters.
/// </remarks>
internal sealed class ResponseErrorEventJsonConverter : JsonConverter<ResponseErrorEvent>
{
    /// <inheritdoc />
    public override ResponseErrorEvent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object for an error event, got {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var result = new ResponseErrorEvent();
        JsonElement? nested = null;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            switch (property.Name)
            {
                case "type":
                    break;
                case "sequence_number" when property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var sequenceNumber):
                    result.SequenceNumber = sequenceNumber;
                    break;
                case "code":
                    result.Code = AsText(property.Value);
                    result.ReadFlat = true;
                    break;
                case "message":
                    result.Message = AsText(property.Value);
                    result.ReadFlat = true;
                    break;
                case "param":
                    result.Param = AsText(property.Value);
                    result.ReadFlat = true;
                    break;
                case "error" when property.Value.ValueKind == JsonValueKind.Object:
                    nested = property.Value;
                    result.ReadNested = true;
                    break;
                default:
                    result.AdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    result.AdditionalProperties[property.Name] = property.Value.Clone();
                    break;
            }
        }

        if (nested is { } error)
        {
            result.ErrorType = AsText(error, "type");
            result.Code ??= AsText(error, "code");
            result.Message ??= AsText(error, "message");
            result.Param ??= AsText(error, "param");
            foreach (var property in error.EnumerateObject())
            {
                if (property.Name is not ("type" or "code" or "message" or "param"))
                {
                    result.NestedAdditionalProperties ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                    result.NestedAdditionalProperties[property.Name] = property.Value.Clone();
                }
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ResponseErrorEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);

        // An event built in code has no shape yet: it gets the spec's flat one, plus the nested one when only that can carry ErrorType.
        var built = !value.ReadFlat && !value.ReadNested;
        var writeFlat = value.ReadFlat || built;
        var writeNested = value.ReadNested || (built && value.ErrorType is not null);

        writer.WriteStartObject();
        writer.WriteString("type"u8, value.Type);
        if (value.SequenceNumber is { } sequenceNumber)
        {
            // Absent when read absent (or never set): the round trip adds nothing to the wire.
            writer.WriteNumber("sequence_number"u8, sequenceNumber);
        }

        if (writeFlat)
        {
            WriteFields(writer, value);
        }

        if (writeNested)
        {
            writer.WriteStartObject("error"u8);
            writer.WriteString("type"u8, value.ErrorType);
            WriteFields(writer, value);
            WriteAdditional(writer, value.NestedAdditionalProperties);
            writer.WriteEndObject();
        }

        WriteAdditional(writer, value.AdditionalProperties);
        writer.WriteEndObject();
    }

    private static void WriteAdditional(Utf8JsonWriter writer, IDictionary<string, JsonElement>? additional)
    {
        if (additional is null)
        {
            return;
        }

        foreach (var (name, element) in additional)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }

    // The spec requires all three, nulls included, so they are written even when null.
    private static void WriteFields(Utf8JsonWriter writer, ResponseErrorEvent value)
    {
        writer.WriteString("code"u8, value.Code);
        writer.WriteString("message"u8, value.Message);
        writer.WriteString("param"u8, value.Param);
    }

    private static string? AsText(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? AsText(value) : null;

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
