using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How a <see cref="CompoundFilter"/> combines its filters, which is its wire <c>type</c> (spec <c>CompoundFilter.type</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<CompoundFilterOperator>))]
public readonly struct CompoundFilterOperator : IEquatable<CompoundFilterOperator>, IStringValue<CompoundFilterOperator>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="CompoundFilterOperator"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"and"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public CompoundFilterOperator(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>and</c>: every filter must match.</summary>
    public static CompoundFilterOperator And { get; } = new("and");

    /// <summary>Gets <c>or</c>: at least one filter must match.</summary>
    public static CompoundFilterOperator Or { get; } = new("or");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(CompoundFilterOperator left, CompoundFilterOperator right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(CompoundFilterOperator left, CompoundFilterOperator right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator CompoundFilterOperator(string value) => new(value);

    static CompoundFilterOperator IStringValue<CompoundFilterOperator>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(CompoundFilterOperator other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CompoundFilterOperator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
