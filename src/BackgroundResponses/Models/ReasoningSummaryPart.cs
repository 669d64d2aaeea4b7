using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A part of <see cref="ReasoningItem.Summary"/>.</summary>
public sealed class ReasoningSummaryPart
{
    /// <summary>Gets or sets the part type, <c>summary_text</c>.</summary>
    public string Type { get; set; } = "summary_text";

    /// <summary>Gets or sets the summary text.</summary>
    public string? Text { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
