using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How verbose the model's text output is (spec <c>Verbosity</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>medium</c>.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<TextVerbosity>))]
public readonly struct TextVerbosity : IEquatable<TextVerbosity>, IStringValue<TextVerbosity>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="TextVerbosity"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"low"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public TextVerbosity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>low</c>: more concise output.</summary>
    public static TextVerbosity Low { get; } = new("low");

    /// <summary>Gets <c>medium</c>: the server default.</summary>
    public static TextVerbosity Medium { get; } = new("medium");

    /// <summary>Gets <c>high</c>: more verbose output.</summary>
    public static TextVerbosity High { get; } = new("high");

    /// <summary>Gets the verbosity exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(TextVerbosity left, TextVerbosity right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(TextVerbosity left, TextVerbosity right) => !left.Equals(right);

    /// <summary>Converts a wire string to a verbosity.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator TextVerbosity(string value) => new(value);

    static TextVerbosity IStringValue<TextVerbosity>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TextVerbosity other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextVerbosity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The verbosity as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
