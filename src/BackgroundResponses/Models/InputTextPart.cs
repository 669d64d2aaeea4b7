using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Text input to the model (type <c>input_text</c>).</summary>
public sealed class InputTextPart : ResponseContentPart
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "input_text";

    /// <summary>Gets or sets the text.</summary>
    public string? Text { get; set; }
}
