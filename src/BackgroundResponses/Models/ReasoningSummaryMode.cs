using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// How the model summarizes its reasoning (spec <c>Reasoning.summary</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, when unset the server produces no reasoning summary.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ReasoningSummaryMode>))]
public readonly struct ReasoningSummaryMode : IEquatable<ReasoningSummaryMode>, IStringValue<ReasoningSummaryMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ReasoningSummaryMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ReasoningSummaryMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: the most detailed summary the model supports.</summary>
    public static ReasoningSummaryMode Auto { get; } = new("auto");

    /// <summary>Gets <c>concise</c>: a short summary.</summary>
    public static ReasoningSummaryMode Concise { get; } = new("concise");

    /// <summary>Gets <c>detailed</c>: a detailed summary.</summary>
    public static ReasoningSummaryMode Detailed { get; } = new("detailed");

    /// <summary>Gets the summary mode exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ReasoningSummaryMode left, ReasoningSummaryMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ReasoningSummaryMode left, ReasoningSummaryMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a summary mode.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningSummaryMode(string value) => new(value);

    static ReasoningSummaryMode IStringValue<ReasoningSummaryMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningSummaryMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningSummaryMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The summary mode as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
