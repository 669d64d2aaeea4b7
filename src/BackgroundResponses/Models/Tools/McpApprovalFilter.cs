using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Tools of an MCP server that always or never need approval (spec <c>MCPTool.require_approval</c>, object form).</summary>
public sealed class McpApprovalFilter
{
    /// <summary>Gets or sets the tools that always need approval.</summary>
    public McpToolFilter? Always { get; set; }

    /// <summary>Gets or sets the tools that never need approval.</summary>
    public McpToolFilter? Never { get; set; }

    /// <summary>Gets or sets fields this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
