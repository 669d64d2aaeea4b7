using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How closely image generation matches the style and faces of input images (spec <c>InputFidelity</c>); the server default is <c>low</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageInputFidelity>))]
public readonly struct ImageInputFidelity : IEquatable<ImageInputFidelity>, IStringValue<ImageInputFidelity>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageInputFidelity"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"high"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageInputFidelity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>high</c>: high fidelity.</summary>
    public static ImageInputFidelity High { get; } = new("high");

    /// <summary>Gets <c>low</c>: low fidelity, the server default.</summary>
    public static ImageInputFidelity Low { get; } = new("low");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageInputFidelity left, ImageInputFidelity right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageInputFidelity left, ImageInputFidelity right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageInputFidelity(string value) => new(value);

    static ImageInputFidelity IStringValue<ImageInputFidelity>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageInputFidelity other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageInputFidelity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
