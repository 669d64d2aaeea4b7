using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The operator of a <see cref="ComparisonFilter"/>, which is its wire <c>type</c> (spec <c>ComparisonFilter.type</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ComparisonOperator>))]
public readonly struct ComparisonOperator : IEquatable<ComparisonOperator>, IStringValue<ComparisonOperator>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ComparisonOperator"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"eq"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ComparisonOperator(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>eq</c>: equals.</summary>
    public static ComparisonOperator Equal { get; } = new("eq");

    /// <summary>Gets <c>ne</c>: not equal.</summary>
    public static ComparisonOperator NotEqual { get; } = new("ne");

    /// <summary>Gets <c>gt</c>: greater than.</summary>
    public static ComparisonOperator GreaterThan { get; } = new("gt");

    /// <summary>Gets <c>gte</c>: greater than or equal.</summary>
    public static ComparisonOperator GreaterThanOrEqual { get; } = new("gte");

    /// <summary>Gets <c>lt</c>: less than.</summary>
    public static ComparisonOperator LessThan { get; } = new("lt");

    /// <summary>Gets <c>lte</c>: less than or equal.</summary>
    public static ComparisonOperator LessThanOrEqual { get; } = new("lte");

    /// <summary>Gets <c>in</c>: the attribute is one of the listed values.</summary>
    public static ComparisonOperator In { get; } = new("in");

    /// <summary>Gets <c>nin</c>: the attribute is none of the listed values.</summary>
    public static ComparisonOperator NotIn { get; } = new("nin");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ComparisonOperator left, ComparisonOperator right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ComparisonOperator left, ComparisonOperator right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ComparisonOperator(string value) => new(value);

    static ComparisonOperator IStringValue<ComparisonOperator>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ComparisonOperator other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ComparisonOperator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
