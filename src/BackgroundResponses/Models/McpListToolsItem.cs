using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The tools an MCP server offers (type <c>mcp_list_tools</c>, spec <c>MCPListTools</c>).</summary>
public sealed class McpListToolsItem : ResponseItem
{
    private IList<McpListedTool> _tools = new List<McpListedTool>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "mcp_list_tools";

    /// <summary>Gets or sets the label of the MCP server.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>Gets or sets the tools the server offers. Never <see langword="null"/>.</summary>
    public IList<McpListedTool> Tools
    {
        get => _tools;
        set => _tools = value ?? new List<McpListedTool>();
    }

    /// <summary>Gets or sets the error message if the server could not list its tools.</summary>
    public string? Error { get; set; }
}
