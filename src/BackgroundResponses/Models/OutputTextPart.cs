using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Text output by the model (type <c>output_text</c>).</summary>
/// <remarks><c>logprobs</c> is not modeled; it stays in <see cref="ResponseContentPart.AdditionalProperties"/>.</remarks>
public sealed class OutputTextPart : ResponseContentPart
{
    private IList<ResponseAnnotation> _annotations = new List<ResponseAnnotation>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "output_text";

    /// <summary>Gets or sets the text.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets the citations in the text. Never <see langword="null"/>.</summary>
    public IList<ResponseAnnotation> Annotations
    {
        get => _annotations;
        set => _annotations = value ?? new List<ResponseAnnotation>();
    }
}
