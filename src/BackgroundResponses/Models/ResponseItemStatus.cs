using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The status of an output item (a message, a reasoning item or a tool call), as opposed to the status of the whole
/// response (<see cref="ResponseStatus"/>). An open set: the values the spec documents for any item type have named
/// instances, and any other string the server sends is kept and written back as given.
/// </summary>
/// <remarks>
/// Which values occur depends on the item type: every item knows <c>in_progress</c>, <c>completed</c> and
/// <c>incomplete</c>; hosted tool calls add their working states (<c>searching</c>, <c>interpreting</c>,
/// <c>generating</c>, <c>calling</c>) and <c>failed</c>.
/// </remarks>
[JsonConverter(typeof(StringValueJsonConverter<ResponseItemStatus>))]
public readonly struct ResponseItemStatus : IEquatable<ResponseItemStatus>, IStringValue<ResponseItemStatus>
{
    private const string InProgressValue = "in_progress";
    private const string SearchingValue = "searching";
    private const string InterpretingValue = "interpreting";
    private const string GeneratingValue = "generating";
    private const string CallingValue = "calling";
    private const string CompletedValue = "completed";
    private const string IncompleteValue = "incomplete";
    private const string FailedValue = "failed";

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ResponseItemStatus"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"completed"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ResponseItemStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>in_progress</c>: the item is being produced.</summary>
    public static ResponseItemStatus InProgress { get; } = new(InProgressValue);

    /// <summary>Gets <c>searching</c>: a web or file search call is running its queries.</summary>
    public static ResponseItemStatus Searching { get; } = new(SearchingValue);

    /// <summary>Gets <c>interpreting</c>: a code interpreter call is running its code.</summary>
    public static ResponseItemStatus Interpreting { get; } = new(InterpretingValue);

    /// <summary>Gets <c>generating</c>: an image generation call is drawing.</summary>
    public static ResponseItemStatus Generating { get; } = new(GeneratingValue);

    /// <summary>Gets <c>calling</c>: an MCP tool call is waiting for the MCP server.</summary>
    public static ResponseItemStatus Calling { get; } = new(CallingValue);

    /// <summary>Gets <c>completed</c>: the item is finished.</summary>
    public static ResponseItemStatus Completed { get; } = new(CompletedValue);

    /// <summary>Gets <c>incomplete</c>: the item stopped early, typically because the response did.</summary>
    public static ResponseItemStatus Incomplete { get; } = new(IncompleteValue);

    /// <summary>Gets <c>failed</c>: the tool call failed.</summary>
    public static ResponseItemStatus Failed { get; } = new(FailedValue);

    /// <summary>Gets the status exactly as the server sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// Gets a value indicating whether the item has reached one of its final states: <c>completed</c>,
    /// <c>incomplete</c> or <c>failed</c>. An unknown status is not final; check <see cref="IsKnown"/>.
    /// </summary>
    public bool IsFinal => Value is CompletedValue or IncompleteValue or FailedValue;

    /// <summary>Gets a value indicating whether the status is one of the eight values this SDK knows.</summary>
    public bool IsKnown => IsFinal || Value is InProgressValue or SearchingValue or InterpretingValue or GeneratingValue or CallingValue;

    /// <summary>Compares two statuses by their wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ResponseItemStatus left, ResponseItemStatus right) => left.Equals(right);

    /// <summary>Compares two statuses by their wire value (ordinal).</summary>
    /// <param name="left">The first status.</param>
    /// <param name="right">The second status.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ResponseItemStatus left, ResponseItemStatus right) => !left.Equals(right);

    /// <summary>Converts a wire string to an item status.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ResponseItemStatus(string value) => new(value);

    static ResponseItemStatus IStringValue<ResponseItemStatus>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ResponseItemStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponseItemStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The status as the server sent it.</returns>
    public override string ToString() => Value;
}
