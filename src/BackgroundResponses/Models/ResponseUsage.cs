using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Token usage of a response (spec schema <c>ResponseUsage</c>).</summary>
public sealed class ResponseUsage
{
    /// <summary>Gets or sets the number of input tokens.</summary>
    public int InputTokens { get; set; }

    /// <summary>Gets or sets the breakdown of the input tokens.</summary>
    public ResponseInputTokensDetails? InputTokensDetails { get; set; }

    /// <summary>Gets or sets the number of output tokens, reasoning included.</summary>
    public int OutputTokens { get; set; }

    /// <summary>Gets or sets the breakdown of the output tokens.</summary>
    public ResponseOutputTokensDetails? OutputTokensDetails { get; set; }

    /// <summary>Gets or sets the number of input and output tokens.</summary>
    public int TotalTokens { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
