using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How a tool choice of allowed tools constrains the model (spec <c>ToolChoiceAllowed.mode</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<AllowedToolsMode>))]
public readonly struct AllowedToolsMode : IEquatable<AllowedToolsMode>, IStringValue<AllowedToolsMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="AllowedToolsMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public AllowedToolsMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: the model may pick among the allowed tools or answer with a message.</summary>
    public static AllowedToolsMode Auto { get; } = new("auto");

    /// <summary>Gets <c>required</c>: the model must call one or more of the allowed tools.</summary>
    public static AllowedToolsMode Required { get; } = new("required");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(AllowedToolsMode left, AllowedToolsMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(AllowedToolsMode left, AllowedToolsMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator AllowedToolsMode(string value) => new(value);

    static AllowedToolsMode IStringValue<AllowedToolsMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(AllowedToolsMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AllowedToolsMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
