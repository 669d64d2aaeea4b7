using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How long cached prompt prefixes are kept; deprecated by the API in favour of <see cref="PromptCacheOptions.Ttl"/> (spec <c>prompt_cache_retention</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<PromptCacheRetention>))]
public readonly struct PromptCacheRetention : IEquatable<PromptCacheRetention>, IStringValue<PromptCacheRetention>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="PromptCacheRetention"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"24h"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public PromptCacheRetention(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>in_memory</c>: the regular in-memory prompt cache.</summary>
    public static PromptCacheRetention InMemory { get; } = new("in_memory");

    /// <summary>Gets <c>24h</c>: extended prompt caching, up to 24 hours.</summary>
    public static PromptCacheRetention TwentyFourHours { get; } = new("24h");

    /// <summary>Gets the retention exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(PromptCacheRetention left, PromptCacheRetention right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(PromptCacheRetention left, PromptCacheRetention right) => !left.Equals(right);

    /// <summary>Converts a wire string to a retention.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PromptCacheRetention(string value) => new(value);

    static PromptCacheRetention IStringValue<PromptCacheRetention>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PromptCacheRetention other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PromptCacheRetention other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The retention as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
