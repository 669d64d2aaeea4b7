using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Text output by the model (type <c>output_text</c>).</summary>
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

    /// <summary>Gets or sets the log probabilities of the output tokens, returned when <c>message.output_text.logprobs</c> is included; often an empty list otherwise.</summary>
    /// <remarks>Left <see langword="null"/> when the server sent none, so a part is written back with or without the list as it was read.</remarks>
    public IList<LogProbability>? Logprobs { get; set; }
}
