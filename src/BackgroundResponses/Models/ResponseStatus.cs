using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The status of a response. An open set: the six values the API documents today have named
/// instances, and any other string the server sends is kept as-is instead of failing or being mapped
/// to a known value.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ResponseStatus>))]
public readonly struct ResponseStatus : IEquatable<ResponseStatus>, IStringValue<ResponseStatus>
{
    private const string QueuedValue = "queued";
    private const string InProgressValue = "in_progress";
    private const string CompletedValue = "completed";
    private const string FailedValue = "failed";
    private const string CancelledValue = "cancelled";
    private const string IncompleteValue = "incomplete";

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseStatus"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"queued"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets the status of a background response waiting to start (<c>queued</c>).</summary>
    public static ResponseStatus Queued { get; } = new(QueuedValue);

    /// <summary>Gets the status of a response being generated (<c>in_progress</c>).</summary>
    public static ResponseStatus InProgress { get; } = new(InProgressValue);

    /// <summary>Gets the status of a response that finished successfully (<c>completed</c>).</summary>
    public static ResponseStatus Completed { get; } = new(CompletedValue);

    /// <summary>Gets the status of a response that failed (<c>failed</c>); see <c>ModelResponse.Error</c>.</summary>
    public static ResponseStatus Failed { get; } = new(FailedValue);

    /// <summary>Gets the status of a background response that was cancelled (<c>cancelled</c>).</summary>
    public static ResponseStatus Cancelled { get; } = new(CancelledValue);

    /// <summary>Gets the status of a response that stopped early (<c>incomplete</c>); see <c>ModelResponse.IncompleteDetails</c>.</summary>
    public static ResponseStatus Incomplete { get; } = new(IncompleteValue);

    /// <summary>Gets the status exactly as the server sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Gets a value indicating whether the response is still pending (<c>queued</c> or <c>in_progress</c>):
    /// the only states in which polling should go on.
    /// </summary>
    public bool IsPending => Value is QueuedValue or InProgressValue;

    /// <summary>
    /// Gets a value indicating whether this is one of the four documented final states:
    /// <c>completed</c>, <c>failed</c>, <c>cancelled</c> or <c>incomplete</c>.
    /// </summary>
    /// <remarks>An unknown status is neither pending nor terminal; check <see cref="IsKnown"/>.</remarks>
    public bool IsTerminal => Value is CompletedValue or FailedValue or CancelledValue or IncompleteValue;

    /// <summary>Gets a value indicating whether the status is one of the six values this SDK knows.</summary>
    public bool IsKnown => IsPending || IsTerminal;

    /// <summary>Compares two statuses by their wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseStatus left, ResponseStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseStatus left, ResponseStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to a status.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseStatus(string value) => new(value);

    static ResponseStatus IStringValue<ResponseStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The status as the server sent it.</returns>
    public override string ToString() => Value;
}
