using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Who may invoke a tool (spec <c>CallableToolAllowedCaller</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ToolCaller>))]
public readonly struct ToolCaller : IEquatable<ToolCaller>, IStringValue<ToolCaller>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ToolCaller"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"direct"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ToolCaller(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>direct</c>: the model calls the tool directly.</summary>
    public static ToolCaller Direct { get; } = new("direct");

    /// <summary>Gets <c>programmatic</c>: code run by programmatic tool calling calls the tool.</summary>
    public static ToolCaller Programmatic { get; } = new("programmatic");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ToolCaller left, ToolCaller right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ToolCaller left, ToolCaller right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ToolCaller(string value) => new(value);

    static ToolCaller IStringValue<ToolCaller>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ToolCaller other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ToolCaller other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
