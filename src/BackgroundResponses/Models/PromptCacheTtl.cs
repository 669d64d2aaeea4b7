using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The minimum lifetime of each prompt-cache breakpoint (spec <c>PromptCacheTTLEnum</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>30m</c>, currently the only documented value.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<PromptCacheTtl>))]
public readonly struct PromptCacheTtl : IEquatable<PromptCacheTtl>, IStringValue<PromptCacheTtl>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="PromptCacheTtl"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"30m"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public PromptCacheTtl(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>30m</c>: thirty minutes, the server default.</summary>
    public static PromptCacheTtl ThirtyMinutes { get; } = new("30m");

    /// <summary>Gets the lifetime exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(PromptCacheTtl left, PromptCacheTtl right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(PromptCacheTtl left, PromptCacheTtl right) => !left.Equals(right);

    /// <summary>Converts a wire string to a lifetime.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PromptCacheTtl(string value) => new(value);

    static PromptCacheTtl IStringValue<PromptCacheTtl>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PromptCacheTtl other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PromptCacheTtl other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The lifetime as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
