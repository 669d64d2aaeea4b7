using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An answer to an <see cref="McpApprovalRequestItem"/> (type <c>mcp_approval_response</c>, spec <c>MCPApprovalResponse</c>).</summary>
public sealed class McpApprovalResponseItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "mcp_approval_response";

    /// <summary>Gets or sets the id of the approval request answered.</summary>
    public string? ApprovalRequestId { get; set; }

    /// <summary>Gets or sets a value indicating whether the tool call is approved.</summary>
    public bool Approve { get; set; }

    /// <summary>Gets or sets the reason for the decision, if any.</summary>
    public string? Reason { get; set; }
}
