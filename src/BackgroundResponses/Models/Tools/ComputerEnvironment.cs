using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The kind of computer a computer use tool controls (spec <c>ComputerEnvironment</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ComputerEnvironment>))]
public readonly struct ComputerEnvironment : IEquatable<ComputerEnvironment>, IStringValue<ComputerEnvironment>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ComputerEnvironment"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"windows"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ComputerEnvironment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>windows</c>: Windows.</summary>
    public static ComputerEnvironment Windows { get; } = new("windows");

    /// <summary>Gets <c>mac</c>: macOS.</summary>
    public static ComputerEnvironment Mac { get; } = new("mac");

    /// <summary>Gets <c>linux</c>: Linux.</summary>
    public static ComputerEnvironment Linux { get; } = new("linux");

    /// <summary>Gets <c>ubuntu</c>: Ubuntu.</summary>
    public static ComputerEnvironment Ubuntu { get; } = new("ubuntu");

    /// <summary>Gets <c>browser</c>: a browser.</summary>
    public static ComputerEnvironment Browser { get; } = new("browser");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ComputerEnvironment left, ComputerEnvironment right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ComputerEnvironment left, ComputerEnvironment right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ComputerEnvironment(string value) => new(value);

    static ComputerEnvironment IStringValue<ComputerEnvironment>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ComputerEnvironment other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ComputerEnvironment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
