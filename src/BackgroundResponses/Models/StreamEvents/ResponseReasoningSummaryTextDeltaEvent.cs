using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a delta is added to a reasoning summary text (wire type <c>response.reasoning_summary_text.delta</c>).</summary>
public sealed class ResponseReasoningSummaryTextDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_summary_text.delta";

    /// <summary>Gets or sets the ID of the item this summary text delta is associated with.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this summary text delta is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the summary part within the reasoning summary.</summary>
    public int SummaryIndex { get; set; }

    /// <summary>Gets or sets the text delta that was added to the summary.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
