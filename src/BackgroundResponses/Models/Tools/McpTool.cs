using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Gives the model the tools of a remote Model Context Protocol server or a service connector (spec <c>MCPTool</c>).</summary>
public sealed class McpTool : ResponseTool
{
    /// <summary>The wire discriminator of this tool.</summary>
    public const string TypeValue = "mcp";

    /// <summary>Gets <c>mcp</c>.</summary>
    public override string Type => TypeValue;

    /// <summary>Gets or sets the label that identifies the server in tool calls; required by the API.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>Gets or sets the URL of the server; one of this, <see cref="ConnectorId"/> or <see cref="TunnelId"/> is required.</summary>
    public string? ServerUrl { get; set; }

    /// <summary>Gets or sets the service connector to use instead of a server URL, for example <see cref="McpConnectorId.GoogleDrive"/>.</summary>
    public McpConnectorId? ConnectorId { get; set; }

    /// <summary>Gets or sets the Secure MCP Tunnel to use instead of a server URL (<c>tunnel_</c> and 32 characters).</summary>
    public string? TunnelId { get; set; }

    /// <summary>Gets or sets an OAuth access token for the server or connector; your application runs the OAuth flow.</summary>
    public string? Authorization { get; set; }

    /// <summary>Gets or sets a description of the server, which gives the model more context.</summary>
    public string? ServerDescription { get; set; }

    /// <summary>Gets or sets HTTP headers sent to the server, for example for authentication.</summary>
    public IDictionary<string, string>? Headers { get; set; }

    /// <summary>Gets or sets which of the server's tools the model may use: a list of names or a filter; all when not set.</summary>
    public McpAllowedTools? AllowedTools { get; set; }

    /// <summary>Gets or sets which of the server's tools need approval before they run; the server default is all of them.</summary>
    public McpRequireApproval? RequireApproval { get; set; }

    /// <summary>Gets or sets whether the tool is deferred and discovered through tool search.</summary>
    public bool? DeferLoading { get; set; }

    /// <summary>Gets or sets who may invoke the tool: the model directly, code run by programmatic tool calling, or both.</summary>
    public IList<ToolCaller>? AllowedCallers { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Creates a tool for a remote MCP server.</summary>
    /// <param name="serverLabel">The label that identifies the server in tool calls.</param>
    /// <param name="serverUrl">The URL of the server.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="serverLabel"/> or <paramref name="serverUrl"/> is null, empty or white space.</exception>
    public static McpTool ForServer(string serverLabel, string serverUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverLabel);
        ArgumentException.ThrowIfNullOrWhiteSpace(serverUrl);
        return new McpTool { ServerLabel = serverLabel, ServerUrl = serverUrl };
    }

    /// <summary>Creates a tool for a service connector.</summary>
    /// <param name="serverLabel">The label that identifies the connector in tool calls.</param>
    /// <param name="connectorId">The connector.</param>
    /// <param name="authorization">The OAuth access token for the connector.</param>
    /// <returns>The tool.</returns>
    /// <exception cref="ArgumentException"><paramref name="serverLabel"/> is null, empty or white space.</exception>
    public static McpTool ForConnector(string serverLabel, McpConnectorId connectorId, string? authorization = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serverLabel);
        return new McpTool { ServerLabel = serverLabel, ConnectorId = connectorId, Authorization = authorization };
    }
}
