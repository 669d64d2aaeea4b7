using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when refusal text is finalized (wire type <c>response.refusal.done</c>).</summary>
public sealed class ResponseRefusalDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.refusal.done";

    /// <summary>Gets or sets the ID of the output item that the refusal text is finalized.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the refusal text is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that the refusal text is finalized.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the refusal text that is finalized.</summary>
    public string Refusal { get; set; } = string.Empty;
}
