using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The breakdown of <see cref="ResponseUsage.InputTokens"/>.</summary>
public sealed class ResponseInputTokensDetails
{
    /// <summary>Gets or sets the number of input tokens read from the prompt cache.</summary>
    public int CachedTokens { get; set; }

    /// <summary>
    /// Gets or sets the number of input tokens written to the prompt cache. Required by the spec but
    /// absent from many real payloads, hence nullable.
    /// </summary>
    public int? CacheWriteTokens { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
