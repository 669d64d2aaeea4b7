using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The processing tier that serves a request (spec <c>ServiceTier</c>). An open set: documented values have named instances and any other string is sent
/// and read as given, so a value added to the API later needs no SDK update.
/// </summary>
/// <remarks>When not set, the server default is <c>auto</c>, and a response may report a different tier than the one requested.</remarks>
[JsonConverter(typeof(StringValueJsonConverter<ServiceTier>))]
public readonly struct ServiceTier : IEquatable<ServiceTier>, IStringValue<ServiceTier>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="ServiceTier"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"auto"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public ServiceTier(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>auto</c>: the tier configured in the project settings, the server default.</summary>
    public static ServiceTier Auto { get; } = new("auto");

    /// <summary>Gets <c>default</c>: standard pricing and performance.</summary>
    public static ServiceTier Default { get; } = new("default");

    /// <summary>Gets <c>flex</c>: flex processing.</summary>
    public static ServiceTier Flex { get; } = new("flex");

    /// <summary>Gets <c>scale</c>: scale tier.</summary>
    public static ServiceTier Scale { get; } = new("scale");

    /// <summary>Gets <c>priority</c>: priority processing.</summary>
    public static ServiceTier Priority { get; } = new("priority");

    /// <summary>Gets <c>fast</c>: fast mode.</summary>
    public static ServiceTier Fast { get; } = new("fast");

    /// <summary>Gets <c>ultrafast</c>: ultrafast mode.</summary>
    public static ServiceTier UltraFast { get; } = new("ultrafast");

    /// <summary>Gets the service tier exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(ServiceTier left, ServiceTier right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(ServiceTier left, ServiceTier right) => !left.Equals(right);

    /// <summary>Converts a wire string to a service tier.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator ServiceTier(string value) => new(value);

    static ServiceTier IStringValue<ServiceTier>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ServiceTier other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTier other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The service tier as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
