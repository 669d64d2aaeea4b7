using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when text content is finalized (wire type <c>response.output_text.done</c>).</summary>
public sealed class ResponseTextDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.output_text.done";

    /// <summary>Gets or sets the ID of the output item that the text content is finalized.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the text content is finalized.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that the text content is finalized.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the text content that is finalized.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets the log probabilities of the tokens in the delta. Kept as raw JSON (an array of spec <c>ResponseLogProb</c>).</summary>
    public JsonElement? Logprobs { get; set; }
}
