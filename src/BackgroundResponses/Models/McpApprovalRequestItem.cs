using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A request for approval before an MCP tool runs (type <c>mcp_approval_request</c>, spec <c>MCPApprovalRequest</c>).</summary>
/// <remarks>Answer it with an <see cref="McpApprovalResponseItem"/> whose <see cref="McpApprovalResponseItem.ApprovalRequestId"/> is this item's <see cref="ResponseItem.Id"/>.</remarks>
public sealed class McpApprovalRequestItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "mcp_approval_request";

    /// <summary>Gets or sets the label of the MCP server making the request.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>Gets or sets the name of the tool to run.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the arguments for the tool, as a JSON string.</summary>
    public string? Arguments { get; set; }
}
