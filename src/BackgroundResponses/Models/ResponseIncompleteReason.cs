using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Why a response stopped early (spec <c>incomplete_details.reason</c>). An open set: the documented values have named instances, and any other string the
/// server sends is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ResponseIncompleteReason>))]
public readonly struct ResponseIncompleteReason : IEquatable<ResponseIncompleteReason>, IStringValue<ResponseIncompleteReason>
{
    private const string MaxOutputTokensValue = "max_output_tokens";
    private const string ContentFilterValue = "content_filter";

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseIncompleteReason"/> struct.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseIncompleteReason(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets the reason of a response cut off by its output token limit (<c>max_output_tokens</c>).</summary>
    public static ResponseIncompleteReason MaxOutputTokens { get; } = new(MaxOutputTokensValue);

    /// <summary>Gets the reason of a response stopped by the content filter (<c>content_filter</c>).</summary>
    public static ResponseIncompleteReason ContentFilter { get; } = new(ContentFilterValue);

    /// <summary>Gets the value exactly as the server sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether the value is one this SDK has a named instance for.</summary>
    public bool IsKnown => Value is MaxOutputTokensValue or ContentFilterValue;

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseIncompleteReason left, ResponseIncompleteReason right) => left.Equals(right);

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseIncompleteReason left, ResponseIncompleteReason right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseIncompleteReason(string value) => new(value);

    static ResponseIncompleteReason IStringValue<ResponseIncompleteReason>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseIncompleteReason other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseIncompleteReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as the server sent it.</returns>
    public override string ToString() => Value;
}
