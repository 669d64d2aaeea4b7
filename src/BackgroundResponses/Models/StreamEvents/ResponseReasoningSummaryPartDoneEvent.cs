using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a reasoning summary part is completed (wire type <c>response.reasoning_summary_part.done</c>).</summary>
public sealed class ResponseReasoningSummaryPartDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_summary_part.done";

    /// <summary>Gets or sets the ID of the item this summary part is associated with.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this summary part is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>Gets or sets the completion status of the summary part. Omitted when the part completed normally and set to <c>incomplete</c> when generation was interrupted.</summary>
    public ResponseItemStatus? Status { get; set; }

    /// <summary>Gets or sets the completed summary part.</summary>
    public ReasoningSummaryPart Part { get; set; } = new();
}
