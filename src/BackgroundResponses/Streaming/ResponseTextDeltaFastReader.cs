using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// Reads the one event that makes up ~95 % of a stream, <c>response.output_text.delta</c>, in a single
/// <see cref="Utf8JsonReader"/> pass, without going through the serializer's metadata machinery.
/// </summary>
/// <remarks>
/// <para>
/// Source-generated metadata still drives a generic property loop for reading (STJ's fast path is write-only),
/// which cost about 0.4 µs per delta against roughly 0.1 µs for a hand-rolled pass. This reader only accepts
/// the exact shape the API sends; anything else (an unknown or escaped property name, a null, a non-integer
/// index, malformed JSON) makes it give up and the caller reads the event the general way, so results and
/// errors stay exactly those of the serializer.
/// </para>
/// <para>Kept in step with <see cref="ResponseTextDeltaEvent"/>: a property added there must be added here, or such events merely take the slow path.</para>
/// </remarks>
internal static class ResponseTextDeltaFastReader
{
    /// <summary>Reads <paramref name="json"/> if it is a plain text delta.</summary>
    /// <param name="json">One event's data.</param>
    /// <returns>The event, or <see langword="null"/> to read it the general way.</returns>
    public static ResponseTextDeltaEvent? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            return Read(json);
        }
        catch (JsonException)
        {
            // Malformed: let the serializer read it again and report the error in its own words.
            return null;
        }
        catch (InvalidOperationException)
        {
            // GetString on a string the reader accepted but cannot turn into UTF-16 (a lone surrogate escape such as
            // "\udfff"). The serializer turns this into a JsonException, which the decoder reports as a typed error;
            // leaking it from here would not be.
            return null;
        }
    }

    private static ResponseTextDeltaEvent? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var typed = false;
        string? itemId = null, delta = null, obfuscation = null;
        JsonElement? logprobs = null;
        int outputIndex = 0, contentIndex = 0;
        int? sequenceNumber = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }

            var name = reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("type"u8))
            {
                if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || !reader.ValueSpan.SequenceEqual("response.output_text.delta"u8))
                {
                    return null;
                }

                typed = true;
            }
            else if (name.SequenceEqual("delta"u8))
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                delta = reader.GetString();
            }
            else if (name.SequenceEqual("item_id"u8))
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                itemId = RepeatedStringJsonConverter.ReadString(ref reader);
            }
            else if (name.SequenceEqual("obfuscation"u8))
            {
                if (reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                obfuscation = reader.GetString();
            }
            else if (name.SequenceEqual("logprobs"u8))
            {
                logprobs = SharedEmptyArrayJsonElementConverter.ReadElement(ref reader);
            }
            else if (!TryReadIndex(ref reader, name, ref outputIndex, ref contentIndex, ref sequenceNumber))
            {
                return null;
            }
        }

        // Only a complete object with nothing after it (Read throws on trailing content, caught above). A missing
        // sequence_number stays null, as the general path leaves it.
        if (!typed || reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null;
        }

        return new ResponseTextDeltaEvent
        {
            ItemId = itemId ?? string.Empty,
            Delta = delta ?? string.Empty,
            Obfuscation = obfuscation,
            Logprobs = logprobs,
            OutputIndex = outputIndex,
            ContentIndex = contentIndex,
            SequenceNumber = sequenceNumber,
        };
    }

    private static bool TryReadIndex(ref Utf8JsonReader reader, ReadOnlySpan<byte> name, ref int outputIndex, ref int contentIndex, ref int? sequenceNumber)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
        {
            return false;
        }

        if (name.SequenceEqual("output_index"u8))
        {
            outputIndex = value;
        }
        else if (name.SequenceEqual("content_index"u8))
        {
            contentIndex = value;
        }
        else if (name.SequenceEqual("sequence_number"u8))
        {
            sequenceNumber = value;
        }
        else
        {
            return false;
        }

        return true;
    }
}
