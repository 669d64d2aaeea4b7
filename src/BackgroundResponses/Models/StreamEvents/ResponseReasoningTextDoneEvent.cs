using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a reasoning text is completed (wire type <c>response.reasoning_text.done</c>).</summary>
public sealed class ResponseReasoningTextDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_text.done";

    /// <summary>Gets or sets the ID of the item this reasoning text is associated with.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this reasoning text is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the reasoning content part.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the full text of the completed reasoning content.</summary>
    public string Text { get; set; } = string.Empty;
}
