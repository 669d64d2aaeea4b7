using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The breakdown of <see cref="ResponseUsage.OutputTokens"/>.</summary>
public sealed class ResponseOutputTokensDetails
{
    /// <summary>Gets or sets the number of reasoning tokens.</summary>
    public int ReasoningTokens { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
