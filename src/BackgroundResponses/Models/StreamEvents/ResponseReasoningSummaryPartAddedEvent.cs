using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a new reasoning summary part is added (wire type <c>response.reasoning_summary_part.added</c>).</summary>
public sealed class ResponseReasoningSummaryPartAddedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_summary_part.added";

    /// <summary>Gets or sets the ID of the item this summary part is associated with.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this summary part is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>Gets or sets the summary part that was added.</summary>
    public ReasoningSummaryPart Part { get; set; } = new();
}
