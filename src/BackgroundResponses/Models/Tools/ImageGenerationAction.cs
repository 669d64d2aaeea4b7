using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Whether image generation makes a new image or edits one (spec <c>ImageGenActionEnum</c>); the server default is <c>auto</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ImageGenerationAction>))]
public readonly struct ImageGenerationAction : IEquatable<ImageGenerationAction>, IStringValue<ImageGenerationAction>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ImageGenerationAction"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"generate"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ImageGenerationAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>generate</c>: generate a new image.</summary>
    public static ImageGenerationAction Generate { get; } = new("generate");

    /// <summary>Gets <c>edit</c>: edit an existing image.</summary>
    public static ImageGenerationAction Edit { get; } = new("edit");

    /// <summary>Gets <c>auto</c>: the model picks, the server default.</summary>
    public static ImageGenerationAction Auto { get; } = new("auto");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ImageGenerationAction left, ImageGenerationAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ImageGenerationAction left, ImageGenerationAction right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ImageGenerationAction(string value) => new(value);

    static ImageGenerationAction IStringValue<ImageGenerationAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ImageGenerationAction other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageGenerationAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
