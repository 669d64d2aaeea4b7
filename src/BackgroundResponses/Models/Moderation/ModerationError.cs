using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>An error that stopped the moderation of a response's input or output (type <c>error</c>, spec <c>ModerationErrorBody</c>).</summary>
public sealed class ModerationError : ModerationOutcome
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "error";

    /// <summary>Gets or sets the error code.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the error message.</summary>
    public string? Message { get; set; }
}
