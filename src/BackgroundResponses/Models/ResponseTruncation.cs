using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// What the server does when the input exceeds the model's context window (spec <c>truncation</c>, deprecated on create). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>disabled</c>.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ResponseTruncation>))]
public readonly struct ResponseTruncation : IEquatable<ResponseTruncation>, IStringValue<ResponseTruncation>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseTruncation"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseTruncation(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: drop items from the start of the conversation to fit.</summary>
    public static ResponseTruncation Auto { get; } = new("auto");

    /// <summary>Gets <c>disabled</c>: fail the request with a 400 error, the server default.</summary>
    public static ResponseTruncation Disabled { get; } = new("disabled");

    /// <summary>Gets the truncation strategy exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseTruncation left, ResponseTruncation right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseTruncation left, ResponseTruncation right) => !left.Equals(right);

    /// <summary>Converts a wire string to a truncation strategy.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseTruncation(string value) => new(value);

    static ResponseTruncation IStringValue<ResponseTruncation>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseTruncation other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseTruncation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The truncation strategy as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
