using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when there is an additional text delta (wire type <c>response.output_text.delta</c>).</summary>
public sealed class ResponseTextDeltaEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.output_text.delta";

    /// <summary>Gets or sets the ID of the output item that the text delta was added to.</summary>
    [JsonConverter(typeof(RepeatedStringJsonConverter))]
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the text delta was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that the text delta was added to.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the text delta that was added.</summary>
    public string Delta { get; set; } = string.Empty;

    /// <summary>Gets or sets the log probabilities of the tokens in the delta. Kept as raw JSON (an array of spec <c>ResponseLogProb</c>).</summary>
    [JsonConverter(typeof(SharedEmptyArrayJsonElementConverter))]
    public JsonElement? Logprobs { get; set; }

    /// <summary>Gets or sets the random padding the server adds to delta events so their sizes do not reveal the content (<c>stream_options.include_obfuscation</c>). Most spec schemas do not declare it, but the server sends it by default.</summary>
    public string? Obfuscation { get; set; }
}
