using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// A conversation to compact (<c>POST /responses/compact</c>, spec <c>CompactResponseMethodPublicBody</c>): the model
/// condenses it into fewer items that can be passed as the input of the next request.
/// </summary>
public class CompactResponseRequest
{
    /// <summary>Gets or sets the model that compacts, for example <c>gpt-5.1-codex-max</c>. Required.</summary>
    /// <value>The default is <see langword="null"/>, which the client refuses before sending.</value>
    public string? Model { get; set; }

    /// <summary>Gets or sets the conversation to compact: a text, or the items of earlier requests and responses.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseInput? Input { get; set; }

    /// <summary>Gets or sets the system (or developer) message inserted into the model's context.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Instructions { get; set; }

    /// <summary>Gets or sets the response whose conversation is compacted.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? PreviousResponseId { get; set; }

    /// <summary>Gets or sets the key used to read from and write to the prompt cache (at most 64 characters).</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? PromptCacheKey { get; set; }

    /// <summary>Gets or sets the processing tier, for example <see cref="BackgroundResponses.ServiceTier.Flex"/>.</summary>
    /// <value>The default is <see langword="null"/>: the project's setting (<c>auto</c>).</value>
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet (such as <c>prompt_cache_options</c>); they are sent as given.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
