using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The model's chain of thought (type <c>reasoning</c>, spec <c>ReasoningItem</c>).</summary>
/// <remarks>The wire sends <c>"content": null</c> and <c>"status": null</c> on these; both read fine.</remarks>
public sealed class ReasoningItem : ResponseItem
{
    private IList<ReasoningSummaryPart> _summary = new List<ReasoningSummaryPart>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "reasoning";

    /// <summary>Gets or sets the reasoning summary. Never <see langword="null"/>.</summary>
    public IList<ReasoningSummaryPart> Summary
    {
        get => _summary;
        set => _summary = value ?? new List<ReasoningSummaryPart>();
    }

    /// <summary>Gets or sets the encrypted reasoning, returned when <c>reasoning.encrypted_content</c> is included.</summary>
    public string? EncryptedContent { get; set; }

    /// <summary>Gets or sets the item status: <c>in_progress</c>, <c>completed</c> or <c>incomplete</c>.</summary>
    public ResponseItemStatus? Status { get; set; }
}
