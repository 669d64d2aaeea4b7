using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The ranker of a file search (spec <c>RankerVersionType</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<FileSearchRanker>))]
public readonly struct FileSearchRanker : IEquatable<FileSearchRanker>, IStringValue<FileSearchRanker>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="FileSearchRanker"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public FileSearchRanker(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: the server picks the ranker.</summary>
    public static FileSearchRanker Auto { get; } = new("auto");

    /// <summary>Gets <c>default-2024-11-15</c>: the ranker of 2024-11-15.</summary>
    public static FileSearchRanker Default20241115 { get; } = new("default-2024-11-15");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(FileSearchRanker left, FileSearchRanker right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(FileSearchRanker left, FileSearchRanker right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator FileSearchRanker(string value) => new(value);

    static FileSearchRanker IStringValue<FileSearchRanker>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(FileSearchRanker other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FileSearchRanker other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
