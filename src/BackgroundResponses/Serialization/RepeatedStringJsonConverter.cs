using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Reads a string that usually repeats the one read just before (the <c>item_id</c> of consecutive deltas),
/// returning the previous instance when the UTF-8 bytes match instead of allocating a copy.
/// </summary>
/// <remarks>
/// A stream repeats the same 50-odd character item id on every token; that was about 130 bytes per event.
/// The last value is kept per thread: one event is decoded synchronously on one thread, strings are
/// immutable, so sharing an instance between events (or streams) is invisible to callers.
/// </remarks>
internal sealed class RepeatedStringJsonConverter : JsonConverter<string>
{
    // Longer values are not worth caching: item ids are well under this.
    private const int MaxCachedLength = 128;

    [ThreadStatic]
    private static byte[]? _lastUtf8;

    [ThreadStatic]
    private static string? _lastValue;

    /// <inheritdoc />
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadString(ref reader);

    /// <summary>Reads the string under <paramref name="reader"/>, reusing the previous instance when the bytes repeat.</summary>
    /// <param name="reader">A reader on a string (or null) token.</param>
    /// <returns>The string.</returns>
    internal static string? ReadString(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > MaxCachedLength)
        {
            return reader.GetString();
        }

        var utf8 = reader.ValueSpan;
        if (_lastValue is { } last && utf8.SequenceEqual(_lastUtf8))
        {
            return last;
        }

        var value = reader.GetString()!;
        _lastUtf8 = utf8.ToArray();
        _lastValue = value;
        return value;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
