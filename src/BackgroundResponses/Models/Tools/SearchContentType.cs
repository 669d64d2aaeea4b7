using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A kind of content a preview web search may return (spec <c>SearchContentType</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<SearchContentType>))]
public readonly struct SearchContentType : IEquatable<SearchContentType>, IStringValue<SearchContentType>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="SearchContentType"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"text"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public SearchContentType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>text</c>: text results.</summary>
    public static SearchContentType Text { get; } = new("text");

    /// <summary>Gets <c>image</c>: image results.</summary>
    public static SearchContentType Image { get; } = new("image");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(SearchContentType left, SearchContentType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(SearchContentType left, SearchContentType right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator SearchContentType(string value) => new(value);

    static SearchContentType IStringValue<SearchContentType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SearchContentType other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SearchContentType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
