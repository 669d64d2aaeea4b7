using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The result of an <see cref="ApplyPatchCallItem"/> (type <c>apply_patch_call_output</c>, spec <c>ApplyPatchToolCallOutput</c>).</summary>
public sealed class ApplyPatchCallOutputItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "apply_patch_call_output";

    /// <summary>Gets or sets the <see cref="ApplyPatchCallItem.CallId"/> this output answers.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if the server says.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the status: <c>completed</c> or <c>failed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets a log or message about applying the patch, if any.</summary>
    public string? Output { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
