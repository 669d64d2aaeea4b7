using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Text to type (type <c>type</c>, spec <c>TypeParam</c>).</summary>
public sealed class ComputerTypeAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "type";

    /// <summary>Gets or sets the text.</summary>
    public string? Text { get; set; }
}
