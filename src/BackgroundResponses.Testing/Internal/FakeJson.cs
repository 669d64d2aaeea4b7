using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Testing;

/// <summary>
/// The fake writes models through the SDK's public <see cref="ResponsesJson"/>, so it speaks exactly the shapes the SDK reads
/// while depending only on public API: this package ships separately, and a newer or older SDK next to it must still load it.
/// </summary>
internal static class FakeJson
{
    public static readonly JsonElement Null = Parse("null");

    public static readonly JsonElement EmptyArray = Parse("[]");

    // Fields the real service sends on every response object that the spec (and so ModelResponse) does not name.
    private static readonly JsonElement WireExtras = Parse(
        """
        {"frequency_penalty":0.0,"presence_penalty":0.0}
        """);

    // What the real service sends for the optional fields a request left unset: the SDK omits a null known field on
    // write, so the fake adds these through AdditionalProperties, only for a field whose typed property is null.
    private static readonly JsonElement WireDefaults = Parse(
        """
        {"completed_at":null,"error":null,"incomplete_details":null,"usage":null,"previous_response_id":null,
         "max_output_tokens":null,"max_tool_calls":null,"prompt_cache_key":null,"prompt_cache_retention":null,
         "reasoning":{"effort":null,"summary":null},"safety_identifier":null,"text":{"format":{"type":"text"},"verbosity":"medium"},
         "top_logprobs":0,"truncation":"disabled","user":null}
        """);

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>The wire's unmodeled fields plus its value for each optional field in <paramref name="unset"/>.</summary>
    public static Dictionary<string, JsonElement> ResponseExtras(IEnumerable<string> unset)
    {
        var extras = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in WireExtras.EnumerateObject())
        {
            extras[property.Name] = property.Value;
        }

        foreach (var name in unset)
        {
            extras[name] = WireDefaults.GetProperty(name);
        }

        return extras;
    }

    public static string Serialize(ModelResponse response) => ResponsesJson.Serialize(response);

    public static byte[] SseFrame(ResponseStreamEvent streamEvent) => SseFrame(streamEvent.Type, ResponsesJson.Serialize(streamEvent));

    /// <summary>
    /// The <c>error</c> event in the nested shape seen on the wire. Written here because the SDK writes an event built in
    /// code in the documented flat shape, and only an event it read keeps the nested one.
    /// </summary>
    public static byte[] NestedErrorEventFrame(int sequenceNumber, string code, string message) => SseFrame("error", Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "error");
        writer.WriteNumber("sequence_number"u8, sequenceNumber);
        writer.WriteStartObject("error"u8);
        writer.WriteString("type"u8, code);
        writer.WriteString("code"u8, code);
        writer.WriteString("message"u8, message);
        writer.WriteNull("param"u8);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }));

    public static string ItemList(ResponseItemList list) => ResponsesJson.Serialize(list);

    // The OpenAI error envelope; the SDK reads it but keeps its DTO internal, and the fake must not depend on internals.
    public static string Error(string message, string type, string? param, string? code) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error"u8);
        writer.WriteString("message"u8, message);
        writer.WriteString("type"u8, type);
        writer.WriteString("code"u8, code);
        writer.WriteString("param"u8, param);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    /// <summary>Azure OpenAI's error body, <c>{"error":{"code":…,"message":…}}</c>, without OpenAI's <c>type</c> and <c>param</c>.</summary>
    public static string AzureError(string code, string message) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error"u8);
        writer.WriteString("code"u8, code);
        writer.WriteString("message"u8, message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    public static string Deleted(string id) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("object"u8, "response");
        writer.WriteBoolean("deleted"u8, true);
        writer.WriteEndObject();
    });

    public static string Obfuscation(int sequenceNumber, int payloadLength)
    {
        // The real service pads deltas to even out payload sizes; a deterministic pad keeps recorded runs comparable.
        const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var length = Math.Max(1, 16 - payloadLength);
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[((sequenceNumber * 31) + (i * 7)) % Alphabet.Length]);
        }

        return builder.ToString();
    }

    public static string FormatWindow(TimeSpan window) =>
        window.TotalMinutes >= 1 && window.TotalMinutes == Math.Floor(window.TotalMinutes)
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalMinutes:0} minute{(window.TotalMinutes == 1 ? string.Empty : "s")}")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalSeconds:0.###} seconds");

    private static JsonElement StringElement(string value) => Parse(Write(writer => writer.WriteStringValue(value)));

    // Raw UTF-8 on the wire, as the real service sends it (the recorded stream has "’" as three bytes, not "\u2019"): a
    // client must then reassemble characters whose bytes a network splits, which escaped text would never test.
    private static byte[] SseFrame(string type, string json) => Encoding.UTF8.GetBytes($"event: {type}\ndata: {UnescapeNonAscii(json)}\n\n");

    /// <summary>
    /// Turns the <c>\uXXXX</c> escapes the SDK's serializer writes for non-ASCII characters back into the characters. ASCII
    /// escapes (quotes, control characters, <c>&lt;</c> and the like) stay, and so does a lone surrogate, which has no UTF-8 form.
    /// </summary>
    private static string UnescapeNonAscii(string json)
    {
        if (!json.Contains("\\u", StringComparison.Ordinal))
        {
            return json;
        }

        var builder = new StringBuilder(json.Length);
        var i = 0;
        while (i < json.Length)
        {
            if (json[i] != '\\')
            {
                builder.Append(json[i++]);
                continue;
            }

            // An escape is a backslash and one character, or a backslash, 'u' and four hex digits.
            if (json[i + 1] != 'u')
            {
                builder.Append(json, i, 2);
                i += 2;
                continue;
            }

            var unit = EscapedUnit(json, i);
            var pairs = char.IsHighSurrogate(unit) && i + 11 < json.Length && json[i + 6] == '\\' && json[i + 7] == 'u' && char.IsLowSurrogate(EscapedUnit(json, i + 6));
            if (pairs)
            {
                builder.Append(unit).Append(EscapedUnit(json, i + 6));
                i += 12;
            }
            else if (unit < 0x80 || char.IsSurrogate(unit))
            {
                builder.Append(json, i, 6);
                i += 6;
            }
            else
            {
                builder.Append(unit);
                i += 6;
            }
        }

        return builder.ToString();
    }

    private static char EscapedUnit(string json, int backslash) =>
        (char)int.Parse(json.AsSpan(backslash + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
