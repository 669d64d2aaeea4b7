using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How much reasoning a reasoning model does before answering (spec <c>ReasoningEffort</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>medium</c>; not every model supports every value.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ReasoningEffort>))]
public readonly struct ReasoningEffort : IEquatable<ReasoningEffort>, IStringValue<ReasoningEffort>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ReasoningEffort"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"none"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ReasoningEffort(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>none</c>: no reasoning at all.</summary>
    public static ReasoningEffort None { get; } = new("none");

    /// <summary>Gets <c>minimal</c>: minimal reasoning.</summary>
    public static ReasoningEffort Minimal { get; } = new("minimal");

    /// <summary>Gets <c>low</c>: low effort.</summary>
    public static ReasoningEffort Low { get; } = new("low");

    /// <summary>Gets <c>medium</c>: medium effort, the server default.</summary>
    public static ReasoningEffort Medium { get; } = new("medium");

    /// <summary>Gets <c>high</c>: high effort.</summary>
    public static ReasoningEffort High { get; } = new("high");

    /// <summary>Gets <c>xhigh</c>: extra-high effort.</summary>
    public static ReasoningEffort XHigh { get; } = new("xhigh");

    /// <summary>Gets <c>max</c>: the maximum effort the model supports.</summary>
    public static ReasoningEffort Max { get; } = new("max");

    /// <summary>Gets the effort exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ReasoningEffort left, ReasoningEffort right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ReasoningEffort left, ReasoningEffort right) => !left.Equals(right);

    /// <summary>Converts a wire string to a effort.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningEffort(string value) => new(value);

    static ReasoningEffort IStringValue<ReasoningEffort>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningEffort other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningEffort other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The effort as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
