using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The quality of a generated image (spec <c>ImageGenTool.quality</c>); the server default is <c>auto</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageGenerationQuality>))]
public readonly struct ImageGenerationQuality : IEquatable<ImageGenerationQuality>, IStringValue<ImageGenerationQuality>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageGenerationQuality"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"low"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageGenerationQuality(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>low</c>: low quality.</summary>
    public static ImageGenerationQuality Low { get; } = new("low");

    /// <summary>Gets <c>medium</c>: medium quality.</summary>
    public static ImageGenerationQuality Medium { get; } = new("medium");

    /// <summary>Gets <c>high</c>: high quality.</summary>
    public static ImageGenerationQuality High { get; } = new("high");

    /// <summary>Gets <c>auto</c>: the model picks, the server default.</summary>
    public static ImageGenerationQuality Auto { get; } = new("auto");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageGenerationQuality left, ImageGenerationQuality right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageGenerationQuality left, ImageGenerationQuality right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageGenerationQuality(string value) => new(value);

    static ImageGenerationQuality IStringValue<ImageGenerationQuality>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageGenerationQuality other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageGenerationQuality other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
