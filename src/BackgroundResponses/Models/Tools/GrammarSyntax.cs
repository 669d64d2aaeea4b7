using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The syntax of a custom tool's grammar (spec <c>GrammarSyntax1</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<GrammarSyntax>))]
public readonly struct GrammarSyntax : IEquatable<GrammarSyntax>, IStringValue<GrammarSyntax>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="GrammarSyntax"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"lark"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public GrammarSyntax(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>lark</c>: a Lark grammar.</summary>
    public static GrammarSyntax Lark { get; } = new("lark");

    /// <summary>Gets <c>regex</c>: a regular expression.</summary>
    public static GrammarSyntax Regex { get; } = new("regex");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(GrammarSyntax left, GrammarSyntax right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(GrammarSyntax left, GrammarSyntax right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator GrammarSyntax(string value) => new(value);

    static GrammarSyntax IStringValue<GrammarSyntax>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(GrammarSyntax other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrammarSyntax other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
