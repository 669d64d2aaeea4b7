using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A service connector usable as an MCP server (spec <c>MCPTool.connector_id</c>). An open set: documented values have named instances and any other string is sent and
/// read as given, so a value added to the API later needs no SDK update.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<McpConnectorId>))]
public readonly struct McpConnectorId : IEquatable<McpConnectorId>, IStringValue<McpConnectorId>
{
    private readonly string? _value;

    /// <summary>Initializes a new instance of the <see cref="McpConnectorId"/> struct.</summary>
    /// <param name="value">The wire value, for example <c>"connector_dropbox"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public McpConnectorId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Gets <c>connector_dropbox</c>: Dropbox.</summary>
    public static McpConnectorId Dropbox { get; } = new("connector_dropbox");

    /// <summary>Gets <c>connector_gmail</c>: Gmail.</summary>
    public static McpConnectorId Gmail { get; } = new("connector_gmail");

    /// <summary>Gets <c>connector_googlecalendar</c>: Google Calendar.</summary>
    public static McpConnectorId GoogleCalendar { get; } = new("connector_googlecalendar");

    /// <summary>Gets <c>connector_googledrive</c>: Google Drive.</summary>
    public static McpConnectorId GoogleDrive { get; } = new("connector_googledrive");

    /// <summary>Gets <c>connector_microsoftteams</c>: Microsoft Teams.</summary>
    public static McpConnectorId MicrosoftTeams { get; } = new("connector_microsoftteams");

    /// <summary>Gets <c>connector_outlookcalendar</c>: Outlook Calendar.</summary>
    public static McpConnectorId OutlookCalendar { get; } = new("connector_outlookcalendar");

    /// <summary>Gets <c>connector_outlookemail</c>: Outlook Email.</summary>
    public static McpConnectorId OutlookEmail { get; } = new("connector_outlookemail");

    /// <summary>Gets <c>connector_sharepoint</c>: SharePoint.</summary>
    public static McpConnectorId SharePoint { get; } = new("connector_sharepoint");

    /// <summary>Gets the value exactly as it is sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values are equal.</returns>
    public static bool operator ==(McpConnectorId left, McpConnectorId right) => left.Equals(right);

    /// <summary>Compares two values by their wire string (ordinal).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> if the wire values differ.</returns>
    public static bool operator !=(McpConnectorId left, McpConnectorId right) => !left.Equals(right);

    /// <summary>Converts a wire string to a value.</summary>
    /// <param name="value">The wire value.</param>
    public static implicit operator McpConnectorId(string value) => new(value);

    static McpConnectorId IStringValue<McpConnectorId>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(McpConnectorId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is McpConnectorId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Returns the wire value.</summary>
    /// <returns>The value as it is sent on the wire.</returns>
    public override string ToString() => Value;
}
