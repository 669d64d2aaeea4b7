using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a reasoning summary text is completed (wire type <c>response.reasoning_summary_text.done</c>).</summary>
public sealed class ResponseReasoningSummaryTextDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_summary_text.done";

    /// <summary>Gets or sets the ID of the item this summary text is associated with.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this summary text is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>Gets or sets the full text of the completed reasoning summary.</summary>
    public string Text { get; set; } = string.Empty;
}
