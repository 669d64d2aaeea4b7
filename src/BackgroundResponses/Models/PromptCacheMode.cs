using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Whether OpenAI creates an implicit prompt-cache breakpoint (spec <c>PromptCacheModeEnum</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>implicit</c>.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<PromptCacheMode>))]
public readonly struct PromptCacheMode : IEquatable<PromptCacheMode>, IStringValue<PromptCacheMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="PromptCacheMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"implicit"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public PromptCacheMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>implicit</c>: one implicit breakpoint chosen by OpenAI, the server default.</summary>
    public static PromptCacheMode Implicit { get; } = new("implicit");

    /// <summary>Gets <c>explicit</c>: only the breakpoints the request marks.</summary>
    public static PromptCacheMode Explicit { get; } = new("explicit");

    /// <summary>Gets the cache mode exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(PromptCacheMode left, PromptCacheMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(PromptCacheMode left, PromptCacheMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a cache mode.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator PromptCacheMode(string value) => new(value);

    static PromptCacheMode IStringValue<PromptCacheMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(PromptCacheMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PromptCacheMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The cache mode as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
