using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The kind of a context management entry (spec <c>ContextManagementParam.type</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ContextManagementType>))]
public readonly struct ContextManagementType : IEquatable<ContextManagementType>, IStringValue<ContextManagementType>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ContextManagementType"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"compaction"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ContextManagementType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>compaction</c>: compact the context once it passes a token threshold.</summary>
    public static ContextManagementType Compaction { get; } = new("compaction");

    /// <summary>Gets the entry type exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ContextManagementType left, ContextManagementType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ContextManagementType left, ContextManagementType right) => !left.Equals(right);

    /// <summary>Converts a wire string to an entry type.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ContextManagementType(string value) => new(value);

    static ContextManagementType IStringValue<ContextManagementType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ContextManagementType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ContextManagementType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The entry type as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
