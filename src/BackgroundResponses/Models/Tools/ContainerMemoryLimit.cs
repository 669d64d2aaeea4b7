using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The memory limit of a code interpreter or shell container (spec <c>ContainerMemoryLimit</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ContainerMemoryLimit>))]
public readonly struct ContainerMemoryLimit : IEquatable<ContainerMemoryLimit>, IStringValue<ContainerMemoryLimit>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ContainerMemoryLimit"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"1g"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ContainerMemoryLimit(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>1g</c>: 1 GB.</summary>
    public static ContainerMemoryLimit OneGigabyte { get; } = new("1g");

    /// <summary>Gets <c>4g</c>: 4 GB.</summary>
    public static ContainerMemoryLimit FourGigabytes { get; } = new("4g");

    /// <summary>Gets <c>16g</c>: 16 GB.</summary>
    public static ContainerMemoryLimit SixteenGigabytes { get; } = new("16g");

    /// <summary>Gets <c>64g</c>: 64 GB.</summary>
    public static ContainerMemoryLimit SixtyFourGigabytes { get; } = new("64g");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ContainerMemoryLimit left, ContainerMemoryLimit right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ContainerMemoryLimit left, ContainerMemoryLimit right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ContainerMemoryLimit(string value) => new(value);

    static ContainerMemoryLimit IStringValue<ContainerMemoryLimit>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ContainerMemoryLimit other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContainerMemoryLimit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
