using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Reasoning text from the model (type <c>reasoning_text</c>, spec <c>ReasoningTextContent</c>).</summary>
public sealed class ReasoningTextPart : ResponseContentPart
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "reasoning_text";

    /// <summary>Gets or sets the reasoning text.</summary>
    public string? Text { get; set; }
}
