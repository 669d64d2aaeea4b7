using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The file format of a generated image (spec <c>ImageGenTool.output_format</c>); the server default is <c>png</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageGenerationOutputFormat>))]
public readonly struct ImageGenerationOutputFormat : IEquatable<ImageGenerationOutputFormat>, IStringValue<ImageGenerationOutputFormat>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageGenerationOutputFormat"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"png"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageGenerationOutputFormat(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>png</c>: PNG, the server default.</summary>
    public static ImageGenerationOutputFormat Png { get; } = new("png");

    /// <summary>Gets <c>webp</c>: WebP.</summary>
    public static ImageGenerationOutputFormat Webp { get; } = new("webp");

    /// <summary>Gets <c>jpeg</c>: JPEG.</summary>
    public static ImageGenerationOutputFormat Jpeg { get; } = new("jpeg");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageGenerationOutputFormat left, ImageGenerationOutputFormat right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageGenerationOutputFormat left, ImageGenerationOutputFormat right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageGenerationOutputFormat(string value) => new(value);

    static ImageGenerationOutputFormat IStringValue<ImageGenerationOutputFormat>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageGenerationOutputFormat other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageGenerationOutputFormat other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
