using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A file change the model asks to apply (type <c>apply_patch_call</c>, spec <c>ApplyPatchToolCall</c>).</summary>
public sealed class ApplyPatchCallItem : ResponseItem
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "apply_patch_call";

    /// <summary>Gets or sets the id that ties the call to its <see cref="ApplyPatchCallOutputItem"/>.</summary>
    public string? CallId { get; set; }

    /// <summary>Gets or sets who called the tool, if the server says.</summary>
    public ToolCallCaller? Caller { get; set; }

    /// <summary>Gets or sets the status: <c>in_progress</c> or <c>completed</c>.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the file operation to apply.</summary>
    public ApplyPatchOperation? Operation { get; set; }

    /// <summary>Gets or sets the identifier of the actor that created the item.</summary>
    public string? CreatedBy { get; set; }
}
