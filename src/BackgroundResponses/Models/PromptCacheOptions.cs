using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Prompt-caching options (spec <c>PromptCacheOptionsParam</c> on a request, <c>PromptCacheOptions</c> on a response):
/// on a request what to apply, on a response what was applied. Supported for <c>gpt-5.6</c> and later models.
/// </summary>
public sealed class PromptCacheOptions
{
    /// <summary>Gets or sets whether OpenAI creates an implicit cache breakpoint; the server default is <c>implicit</c>.</summary>
    public PromptCacheMode? Mode { get; set; }

    /// <summary>Gets or sets the minimum lifetime of every cache breakpoint the request writes; the server default is <c>30m</c>.</summary>
    public PromptCacheTtl? Ttl { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
