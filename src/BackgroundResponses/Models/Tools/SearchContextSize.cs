using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How much context window space a web search uses (spec <c>SearchContextSize</c>); the server default is <c>medium</c>. An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<SearchContextSize>))]
public readonly struct SearchContextSize : IEquatable<SearchContextSize>, IStringValue<SearchContextSize>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="SearchContextSize"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"low"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public SearchContextSize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>low</c>: the least context.</summary>
    public static SearchContextSize Low { get; } = new("low");

    /// <summary>Gets <c>medium</c>: a medium amount of context, the server default.</summary>
    public static SearchContextSize Medium { get; } = new("medium");

    /// <summary>Gets <c>high</c>: the most context.</summary>
    public static SearchContextSize High { get; } = new("high");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(SearchContextSize left, SearchContextSize right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(SearchContextSize left, SearchContextSize right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator SearchContextSize(string value) => new(value);

    static SearchContextSize IStringValue<SearchContextSize>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(SearchContextSize other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SearchContextSize other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
