using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How a reasoning model executes the request (spec <c>ReasoningModeEnum</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>On a response this is the mode that was actually used.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ReasoningMode>))]
public readonly struct ReasoningMode : IEquatable<ReasoningMode>, IStringValue<ReasoningMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ReasoningMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"standard"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ReasoningMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>standard</c>: the standard execution mode.</summary>
    public static ReasoningMode Standard { get; } = new("standard");

    /// <summary>Gets <c>pro</c>: the pro execution mode.</summary>
    public static ReasoningMode Pro { get; } = new("pro");

    /// <summary>Gets the reasoning mode exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ReasoningMode left, ReasoningMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ReasoningMode left, ReasoningMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a reasoning mode.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningMode(string value) => new(value);

    static ReasoningMode IStringValue<ReasoningMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The reasoning mode as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
