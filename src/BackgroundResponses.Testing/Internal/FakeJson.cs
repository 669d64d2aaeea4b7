using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Testing;

/// <summary>Everything the fake writes goes through the SDK's own context, so it speaks exactly the shapes the SDK reads.</summary>
internal static class FakeJson
{
    public static readonly JsonElement Null = Parse("null");

    public static readonly JsonElement EmptyArray = Parse("[]");

    // Fields the real service sends on every response object that the SDK's ModelResponse does not model.
    private static readonly JsonElement WireExtras = Parse(
        """
        {"frequency_penalty":0.0,"max_tool_calls":null,"parallel_tool_calls":true,"presence_penalty":0.0,"prompt_cache_key":null,
         "prompt_cache_retention":null,"reasoning":{"effort":null,"summary":null},"safety_identifier":null,"temperature":1.0,
         "text":{"format":{"type":"text"},"verbosity":"medium"},"tool_choice":"auto","tools":[],"top_logprobs":0,"top_p":1.0,
         "truncation":"disabled","user":null}
        """);

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static Dictionary<string, JsonElement> ResponseExtras(string? instructions)
    {
        var extras = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["instructions"] = instructions is null ? Null : JsonSerializer.SerializeToElement(instructions, ResponsesJsonContext.Default.String),
        };
        foreach (var property in WireExtras.EnumerateObject())
        {
            extras[property.Name] = property.Value;
        }

        return extras;
    }

    public static string Serialize(ModelResponse response) => JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse);

    public static byte[] SseFrame(ResponseStreamEvent streamEvent)
    {
        var json = JsonSerializer.Serialize(streamEvent, ResponsesJsonContext.Default.ResponseStreamEvent);
        return Encoding.UTF8.GetBytes($"event: {streamEvent.Type}\ndata: {json}\n\n");
    }

    public static string ItemList(ResponseItemList list) => JsonSerializer.Serialize(list, ResponsesJsonContext.Default.ResponseItemList);

    public static string Error(string message, string type, string? param, string? code)
    {
        var body = new ErrorResponseBody
        {
            Error = new ErrorBody
            {
                Message = message,
                Type = type,
                Param = param is null ? Null : JsonSerializer.SerializeToElement(param, ResponsesJsonContext.Default.String),
                Code = code is null ? Null : JsonSerializer.SerializeToElement(code, ResponsesJsonContext.Default.String),
            },
        };
        return JsonSerializer.Serialize(body, ResponsesJsonContext.Default.ErrorResponseBody);
    }

    public static string Deleted(string id)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, id);
            writer.WriteString("object"u8, "response");
            writer.WriteBoolean("deleted"u8, true);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

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
}
