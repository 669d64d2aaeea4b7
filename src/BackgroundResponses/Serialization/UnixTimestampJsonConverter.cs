using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes a <see cref="DateTimeOffset"/> as unix seconds, the wire format of
/// <c>created_at</c> and <c>completed_at</c>.
/// </summary>
/// <remarks>
/// The spec types these as <c>number</c>, so fractions are accepted. A whole second is written as an
/// integer so that a value read from the wire is written back byte-identical. An ISO 8601 string
/// (seen in the spec's own <c>ResponseQueuedEvent</c> example) is accepted too rather than failing.
/// </remarks>
internal sealed class UnixTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const decimal TicksPerSecond = TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ReadTimestamp(ref reader);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            // A number beyond year 9999 is bad input like any other: a JsonException, which callers already map to their typed error.
            throw new JsonException("The unix timestamp is outside the range of DateTimeOffset.", ex);
        }
    }

    private static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetInt64(out var seconds):
                return DateTimeOffset.FromUnixTimeSeconds(seconds);
            case JsonTokenType.Number:
                return FromSeconds(reader.GetDecimal());
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return FromSeconds(number);
                }

                if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return parsed;
                }

                throw new JsonException($"'{text}' is not a unix timestamp or an ISO 8601 date.");
            default:
                throw new JsonException($"Expected a unix timestamp, found {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var ticks = value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        if (ticks % TimeSpan.TicksPerSecond == 0)
        {
            writer.WriteNumberValue(ticks / TimeSpan.TicksPerSecond);
        }
        else
        {
            // Decimal division keeps only the digits needed, so 1.5 s is written "1.5", not "1.5000000".
            writer.WriteNumberValue(ticks / TicksPerSecond);
        }
    }

    private static DateTimeOffset FromSeconds(decimal seconds) =>
        DateTimeOffset.UnixEpoch.AddTicks((long)decimal.Round(seconds * TicksPerSecond, MidpointRounding.AwayFromZero));
}
