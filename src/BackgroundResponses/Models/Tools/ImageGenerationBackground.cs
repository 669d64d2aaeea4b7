using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The background of a generated image (spec <c>ImageGenTool.background</c>); the server default is <c>auto</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageGenerationBackground>))]
public readonly struct ImageGenerationBackground : IEquatable<ImageGenerationBackground>, IStringValue<ImageGenerationBackground>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageGenerationBackground"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"transparent"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageGenerationBackground(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>transparent</c>: a transparent background (PNG or WebP only).</summary>
    public static ImageGenerationBackground Transparent { get; } = new("transparent");

    /// <summary>Gets <c>opaque</c>: an opaque background.</summary>
    public static ImageGenerationBackground Opaque { get; } = new("opaque");

    /// <summary>Gets <c>auto</c>: the model picks, the server default.</summary>
    public static ImageGenerationBackground Auto { get; } = new("auto");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageGenerationBackground left, ImageGenerationBackground right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageGenerationBackground left, ImageGenerationBackground right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageGenerationBackground(string value) => new(value);

    static ImageGenerationBackground IStringValue<ImageGenerationBackground>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageGenerationBackground other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageGenerationBackground other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
