using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// What moderation does with the content it checks (spec <c>ModerationMode</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>The spec lists the two values without describing them further.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ModerationMode>))]
public readonly struct ModerationMode : IEquatable<ModerationMode>, IStringValue<ModerationMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ModerationMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"block"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ModerationMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>score</c>: scoring.</summary>
    public static ModerationMode Score { get; } = new("score");

    /// <summary>Gets <c>block</c>: blocking.</summary>
    public static ModerationMode Block { get; } = new("block");

    /// <summary>Gets the moderation mode exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ModerationMode left, ModerationMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ModerationMode left, ModerationMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a moderation mode.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ModerationMode(string value) => new(value);

    static ModerationMode IStringValue<ModerationMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModerationMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModerationMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The moderation mode as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
