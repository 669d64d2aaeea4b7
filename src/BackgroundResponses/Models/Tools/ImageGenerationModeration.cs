using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The moderation level of image generation (spec <c>ImageGenTool.moderation</c>); the server default is <c>auto</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageGenerationModeration>))]
public readonly struct ImageGenerationModeration : IEquatable<ImageGenerationModeration>, IStringValue<ImageGenerationModeration>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageGenerationModeration"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageGenerationModeration(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: standard moderation, the server default.</summary>
    public static ImageGenerationModeration Auto { get; } = new("auto");

    /// <summary>Gets <c>low</c>: less restrictive moderation.</summary>
    public static ImageGenerationModeration Low { get; } = new("low");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageGenerationModeration left, ImageGenerationModeration right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageGenerationModeration left, ImageGenerationModeration right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageGenerationModeration(string value) => new(value);

    static ImageGenerationModeration IStringValue<ImageGenerationModeration>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageGenerationModeration other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageGenerationModeration other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
