using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Which reasoning items are rendered back to the model on later turns (spec <c>Reasoning.context</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set or <c>auto</c>, the model decides: the <c>gpt-5.6</c> family uses <c>all_turns</c>, earlier models <c>current_turn</c>.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ReasoningContext>))]
public readonly struct ReasoningContext : IEquatable<ReasoningContext>, IStringValue<ReasoningContext>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ReasoningContext"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"current_turn"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ReasoningContext(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: the model decides.</summary>
    public static ReasoningContext Auto { get; } = new("auto");

    /// <summary>Gets <c>current_turn</c>: only the reasoning of the current turn.</summary>
    public static ReasoningContext CurrentTurn { get; } = new("current_turn");

    /// <summary>Gets <c>all_turns</c>: the reasoning of every turn.</summary>
    public static ReasoningContext AllTurns { get; } = new("all_turns");

    /// <summary>Gets the reasoning context exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ReasoningContext left, ReasoningContext right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ReasoningContext left, ReasoningContext right) => !left.Equals(right);

    /// <summary>Converts a wire string to a reasoning context.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ReasoningContext(string value) => new(value);

    static ReasoningContext IStringValue<ReasoningContext>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ReasoningContext other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReasoningContext other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The reasoning context as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
