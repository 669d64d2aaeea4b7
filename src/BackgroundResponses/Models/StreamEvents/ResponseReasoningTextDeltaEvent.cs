using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a delta is added to a reasoning text (wire type <c>response.reasoning_text.delta</c>).</summary>
public sealed class ResponseReasoningTextDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.reasoning_text.delta";

    /// <summary>Gets or sets the ID of the item this reasoning text delta is associated with.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item this reasoning text delta is associated with.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the reasoning content part this delta is associated with.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the text delta that was added to the reasoning content.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
