using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The body of <c>POST /responses</c> (spec schema <c>CreateResponse</c>).</summary>
/// <remarks>
/// Every property is optional and only what is set is sent, so the server applies its own defaults to the
/// rest. <c>background</c> and <c>stream</c> are not here: the client method you call decides them.
/// </remarks>
public class CreateResponseRequest
{
    /// <summary>Gets or sets the model id, for example <c>gpt-5.5</c>; may be omitted when <see cref="Prompt"/> supplies it.</summary>
    public string? Model { get; set; }

    /// <summary>
    /// Gets or sets the input: plain text (a single user message) or a list of conversation items.
    /// A <see cref="string"/>, <see cref="List{T}"/> or array of <see cref="ResponseItem"/> can be assigned directly.
    /// </summary>
    public ResponseInput? Input { get; set; }

    /// <summary>
    /// Gets or sets a system (developer) message inserted into the model's context. Instructions of a
    /// previous response are not carried over with <see cref="PreviousResponseId"/>.
    /// </summary>
    public string? Instructions { get; set; }

    /// <summary>
    /// Gets or sets whether the response is stored for later retrieval; the server default is <see langword="true"/>.
    /// </summary>
    /// <remarks>
    /// Sent only when set: the SDK neither forces nor forbids it, because the API's rules for background mode
    /// have changed over time. Background mode keeps response data for about 10 minutes to allow polling even
    /// with <see langword="false"/>; for some projects a background response outlives that window only when
    /// this is explicitly <see langword="true"/>.
    /// </remarks>
    public bool? Store { get; set; }

    /// <summary>Gets or sets the id of the previous response, to continue a multi-turn exchange; cannot be combined with <see cref="Conversation"/>.</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>
    /// Gets or sets the conversation this response belongs to; a conversation id string can be assigned
    /// directly. Cannot be combined with <see cref="PreviousResponseId"/>.
    /// </summary>
    public ResponseConversationReference? Conversation { get; set; }

    /// <summary>Gets or sets options for reasoning models (gpt-5 and o-series).</summary>
    public ResponseReasoningOptions? Reasoning { get; set; }

    /// <summary>Gets or sets the tools the model may call: <see cref="FunctionTool"/>s, hosted tools such as <see cref="WebSearchTool"/>, or tools this SDK does not model as <see cref="RawResponseTool"/>.</summary>
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Gets or sets how the model selects tools; the server default is <c>auto</c> when tools are given.</summary>
    public ResponseToolChoice? ToolChoice { get; set; }

    /// <summary>Gets or sets whether the model may call tools in parallel; the server default is <see langword="true"/>.</summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Gets or sets the maximum number of built-in tool calls in the response, across all tools.</summary>
    public int? MaxToolCalls { get; set; }

    /// <summary>Gets or sets options for the text output: plain text or structured JSON, and verbosity.</summary>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Gets or sets the upper bound of generated tokens, reasoning tokens included (the API documents a minimum of 16).</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Gets or sets the sampling temperature, 0 to 2; the server default is 1.</summary>
    public double? Temperature { get; set; }

    /// <summary>Gets or sets nucleus sampling: the probability mass of tokens considered, 0 to 1; the server default is 1.</summary>
    public double? TopP { get; set; }

    /// <summary>Gets or sets how many most likely tokens (0 to 20) to return at each position with their log probabilities.</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>Gets or sets what the server does when the input exceeds the context window; the server default is <c>disabled</c> (deprecated by the API).</summary>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>Gets or sets up to 16 key/value pairs stored with the response (keys up to 64, values up to 512 characters).</summary>
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets additional output data to include in the response.</summary>
    public IList<ResponseIncludable>? Include { get; set; }

    /// <summary>Gets or sets the processing tier; the server default is <c>auto</c> and the response reports the tier actually used.</summary>
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Gets or sets a stable identifier (up to 64 characters, ideally hashed) of your end user, used to detect abuse.</summary>
    public string? SafetyIdentifier { get; set; }

    /// <summary>Gets or sets a key that groups requests with similar prompts to improve prompt cache hits.</summary>
    public string? PromptCacheKey { get; set; }

    /// <summary>Gets or sets prompt-caching options (<c>gpt-5.6</c> and later models): the implicit breakpoint mode and the cache lifetime.</summary>
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>Gets or sets the prompt-cache retention policy, for example <c>24h</c> for extended caching.</summary>
    /// <remarks>Deprecated by the API: set <see cref="PromptCacheOptions"/> (its <see cref="PromptCacheOptions.Ttl"/>) instead.</remarks>
    public PromptCacheRetention? PromptCacheRetention { get; set; }

    /// <summary>Gets or sets a stable identifier of your end user.</summary>
    /// <remarks>
    /// Deprecated by the API: it is being replaced by <see cref="SafetyIdentifier"/> (abuse detection) and
    /// <see cref="PromptCacheKey"/> (cache hit rates); use those instead.
    /// </remarks>
    public string? User { get; set; }

    /// <summary>Gets or sets moderation to run on the input and output; its results arrive in <see cref="ModelResponse.Moderation"/>.</summary>
    public ResponseModerationOptions? Moderation { get; set; }

    /// <summary>Gets or sets how the server manages the context window, for example compaction past a token threshold (at least one entry when set).</summary>
    public IList<ContextManagementEntry>? ContextManagement { get; set; }

    /// <summary>Gets or sets a reference to a reusable prompt template and its variables.</summary>
    public ResponsePrompt? Prompt { get; set; }

    /// <summary>Gets or sets options for streaming; only meaningful when the response is streamed.</summary>
    public ResponseStreamOptions? StreamOptions { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given, at the top level of the body.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
