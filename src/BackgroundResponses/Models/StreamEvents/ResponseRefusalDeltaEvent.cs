using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when there is a partial refusal text (wire type <c>response.refusal.delta</c>).</summary>
public sealed class ResponseRefusalDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.refusal.delta";

    /// <summary>Gets or sets the ID of the output item that the refusal text is added to.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the refusal text is added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that the refusal text is added to.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the refusal text that is added.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
