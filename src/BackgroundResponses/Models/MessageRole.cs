using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The role of a <see cref="MessageItem"/>. An open set: the documented values have named instances, and any other string the
/// server sends is kept as-is instead of failing.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<MessageRole>))]
public readonly struct MessageRole : IEquatable<MessageRole>, IStringValue<MessageRole>
{
    private const string UserValue = "user";
    private const string AssistantValue = "assistant";
    private const string SystemValue = "system";
    private const string DeveloperValue = "developer";

    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="MessageRole"/> struct.</summary>
    /// <param name="value">The wire value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public MessageRole(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets the role of end-user input (<c>user</c>).</summary>
    public static MessageRole User { get; } = new(UserValue);

    /// <summary>Gets the role of model output (<c>assistant</c>).</summary>
    public static MessageRole Assistant { get; } = new(AssistantValue);

    /// <summary>Gets the role of system instructions (<c>system</c>).</summary>
    public static MessageRole System { get; } = new(SystemValue);

    /// <summary>Gets the role of developer instructions, which take precedence over user input (<c>developer</c>).</summary>
    public static MessageRole Developer { get; } = new(DeveloperValue);

    /// <summary>Gets the value exactly as the server sent it.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets a value indicating whether the value is one this SDK has a named instance for.</summary>
    public bool IsKnown => Value is UserValue or AssistantValue or SystemValue or DeveloperValue;

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(MessageRole left, MessageRole right) => left.Equals(right);

    /// <summary>Compares two values by their wire value (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(MessageRole left, MessageRole right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator MessageRole(string value) => new(value);

    static MessageRole IStringValue<MessageRole>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(MessageRole other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MessageRole other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as the server sent it.</returns>
    public override string ToString() => Value;
}
