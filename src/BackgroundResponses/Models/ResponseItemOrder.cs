using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The order in which items are listed (<c>order</c> of <c>GET /responses/{id}/input_items</c>). An open set: the two
/// documented values have named instances and any other string is sent as given, so a value added to the API later
/// needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ResponseItemOrder>))]
public readonly struct ResponseItemOrder : IEquatable<ResponseItemOrder>, IStringValue<ResponseItemOrder>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseItemOrder"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"asc"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseItemOrder(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>asc</c>: oldest first.</summary>
    public static ResponseItemOrder Ascending { get; } = new("asc");

    /// <summary>Gets <c>desc</c>: newest first (the server's default).</summary>
    public static ResponseItemOrder Descending { get; } = new("desc");

    /// <summary>Gets the order exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two orders by their wire value (ordinal).</summary>
    /// <param name="left">The first order.</param>
    /// <param name="right">The second order.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseItemOrder left, ResponseItemOrder right) => left.Equals(right);

    /// <summary>Compares two orders by their wire value (ordinal).</summary>
    /// <param name="left">The first order.</param>
    /// <param name="right">The second order.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseItemOrder left, ResponseItemOrder right) => !left.Equals(right);

    /// <summary>Converts a wire string to an order.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseItemOrder(string value) => new(value);

    static ResponseItemOrder IStringValue<ResponseItemOrder>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseItemOrder other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseItemOrder other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The order as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
