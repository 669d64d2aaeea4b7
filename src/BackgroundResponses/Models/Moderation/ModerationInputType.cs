using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A modality of input a moderation score reflects (spec <c>ModerationInputType</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ModerationInputType>))]
public readonly struct ModerationInputType : IEquatable<ModerationInputType>, IStringValue<ModerationInputType>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ModerationInputType"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"text"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ModerationInputType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>text</c>: text input.</summary>
    public static ModerationInputType Text { get; } = new("text");

    /// <summary>Gets <c>image</c>: image input.</summary>
    public static ModerationInputType Image { get; } = new("image");

    /// <summary>Gets the input type exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ModerationInputType left, ModerationInputType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ModerationInputType left, ModerationInputType right) => !left.Equals(right);

    /// <summary>Converts a wire string to an input type.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ModerationInputType(string value) => new(value);

    static ModerationInputType IStringValue<ModerationInputType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ModerationInputType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ModerationInputType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The input type as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
