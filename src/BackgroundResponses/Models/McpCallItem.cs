using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A call of a tool on an MCP server (type <c>mcp_call</c>, spec <c>MCPToolCall</c>).</summary>
public sealed class McpCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "mcp_call";

    /// <summary>Gets or sets the label of the MCP server that ran the tool.</summary>
    public string? ServerLabel { get; set; }

    /// <summary>Gets or sets the name of the tool.</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the arguments passed to the tool, as a JSON string.</summary>
    public string? Arguments { get; set; }

    /// <summary>Gets or sets the output of the tool, or <see langword="null"/> when there is none.</summary>
    public string? Output { get; set; }

    /// <summary>Gets or sets the error of a failed call, or <see langword="null"/>.</summary>
    public McpToolCallError? Error { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c>, <c>completed</c>, <c>incomplete</c>, <c>calling</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the id of the <see cref="McpApprovalRequestItem"/> this call was approved by, if any.</summary>
    public string? ApprovalRequestId { get; set; }
}
