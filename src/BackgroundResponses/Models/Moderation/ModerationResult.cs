using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A moderation result for a response's input or output (type <c>moderation_result</c>, spec <c>ModerationResultBody</c>).</summary>
public sealed class ModerationResult : ModerationOutcome
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "moderation_result";

    /// <summary>Gets or sets the moderation model that produced the result.</summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets a value indicating whether any category flagged the content.</summary>
    public bool Flagged { get; set; }

    /// <summary>Gets or sets, per category, whether it flagged the content.</summary>
    public IDictionary<string, bool>? Categories { get; set; }

    /// <summary>Gets or sets the score of each category.</summary>
    public IDictionary<string, double>? CategoryScores { get; set; }

    /// <summary>Gets or sets, per category, the input modalities its score reflects.</summary>
    public IDictionary<string, IList<ModerationInputType>>? CategoryAppliedInputTypes { get; set; }
}
