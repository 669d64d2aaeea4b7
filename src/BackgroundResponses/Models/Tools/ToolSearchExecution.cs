using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Where a tool search runs (spec <c>ToolSearchExecutionType</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ToolSearchExecution>))]
public readonly struct ToolSearchExecution : IEquatable<ToolSearchExecution>, IStringValue<ToolSearchExecution>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ToolSearchExecution"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"server"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ToolSearchExecution(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>server</c>: the server searches the deferred tools.</summary>
    public static ToolSearchExecution Server { get; } = new("server");

    /// <summary>Gets <c>client</c>: your code searches and returns the tools.</summary>
    public static ToolSearchExecution Client { get; } = new("client");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ToolSearchExecution left, ToolSearchExecution right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ToolSearchExecution left, ToolSearchExecution right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ToolSearchExecution(string value) => new(value);

    static ToolSearchExecution IStringValue<ToolSearchExecution>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ToolSearchExecution other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ToolSearchExecution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
