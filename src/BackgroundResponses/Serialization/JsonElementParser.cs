using System.Buffers;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>Small helpers that turn JSON text or writer output into detached <see cref="JsonElement"/>s.</summary>
internal static class JsonElementParser
{
    /// <summary>Parses JSON text into an element that does not depend on a live <see cref="JsonDocument"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The element.</returns>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Builds an element from what <paramref name="write"/> writes.</summary>
    /// <param name="write">Writes exactly one JSON value.</param>
    /// <returns>The element.</returns>
    public static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>Reads the string <c>type</c> of an object, the discriminator of every tool and format.</summary>
    /// <param name="json">The object.</param>
    /// <param name="paramName">The parameter name reported if <paramref name="json"/> has no string <c>type</c>.</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentException"><paramref name="json"/> is not an object with a string <c>type</c>.</exception>
    public static string GetRequiredType(JsonElement json, string paramName)
    {
        return TryGetType(json) ?? throw new ArgumentException("Expected a JSON object with a string \"type\" property.", paramName);
    }

    /// <summary>Reads the string <c>type</c> of an object.</summary>
    /// <param name="json">The element.</param>
    /// <returns>The type, or <see langword="null"/> if <paramref name="json"/> is not an object with a string <c>type</c>.</returns>
    public static string? TryGetType(JsonElement json)
    {
        return json.ValueKind == JsonValueKind.Object
            && json.TryGetProperty("type", out var type)
            && type.ValueKind == JsonValueKind.String
                ? type.GetString()
                : null;
    }
}
