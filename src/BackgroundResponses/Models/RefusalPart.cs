using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A refusal by the model (type <c>refusal</c>).</summary>
public sealed class RefusalPart : ResponseContentPart
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "refusal";

    /// <summary>Gets or sets the refusal explanation.</summary>
    public string? Refusal { get; set; }
}
