using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Whether the tools of an MCP server need approval before they run (spec <c>MCPTool.require_approval</c>, string form). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<McpApprovalMode>))]
public readonly struct McpApprovalMode : IEquatable<McpApprovalMode>, IStringValue<McpApprovalMode>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="McpApprovalMode"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"always"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public McpApprovalMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>always</c>: every call needs approval, the server default.</summary>
    public static McpApprovalMode Always { get; } = new("always");

    /// <summary>Gets <c>never</c>: no call needs approval.</summary>
    public static McpApprovalMode Never { get; } = new("never");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(McpApprovalMode left, McpApprovalMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(McpApprovalMode left, McpApprovalMode right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator McpApprovalMode(string value) => new(value);

    static McpApprovalMode IStringValue<McpApprovalMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(McpApprovalMode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is McpApprovalMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
