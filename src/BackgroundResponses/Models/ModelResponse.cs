using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A response of the OpenAI Responses API (spec schema <c>Response</c>).</summary>
/// <remarks>
/// <para>
/// Every property the spec gives <c>Response</c> is typed here. Fields it does not list (the wire also sends
/// <c>billing</c>, <c>frequency_penalty</c>, <c>presence_penalty</c>, …) are kept in <see cref="AdditionalProperties"/> and
/// written back unchanged.
/// </para>
/// <para>
/// The properties the spec marks required (<c>id</c>, <c>object</c>, <c>created_at</c>, <c>output</c>, <c>error</c>,
/// <c>incomplete_details</c>, <c>instructions</c>, <c>metadata</c>, <c>model</c>, <c>parallel_tool_calls</c>,
/// <c>temperature</c>, <c>tool_choice</c>, <c>tools</c>, <c>top_p</c>) are always written, <c>null</c> included, as the
/// server sends them; the other properties are written only when they are not <see langword="null"/>.
/// </para>
/// </remarks>
public partial class ModelResponse
{
    private IList<ResponseItem> _output = new List<ResponseItem>();

    /// <summary>Gets or sets the response id (<c>resp_…</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the object type, always <c>response</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Object { get; set; }

    /// <summary>Gets or sets when the response was created.</summary>
    [JsonConverter(typeof(UnixTimestampJsonConverter))]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the response completed; only present once the status is <c>completed</c>.</summary>
    [JsonConverter(typeof(UnixTimestampJsonConverter))]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Gets or sets the status. Not required by the spec, though the server always sends it.</summary>
    public ResponseStatus? Status { get; set; }

    /// <summary>Gets or sets a value indicating whether the response runs in background mode.</summary>
    public bool? Background { get; set; }

    /// <summary>Gets or sets the model that produced the response, for example <c>gpt-4.1-mini-2025-04-14</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Model { get; set; }

    /// <summary>Gets or sets the error of a <c>failed</c> response.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ResponseError? Error { get; set; }

    /// <summary>Gets or sets why an <c>incomplete</c> response stopped early.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ResponseIncompleteDetails? IncompleteDetails { get; set; }

    /// <summary>Gets or sets the items the model produced. Never <see langword="null"/>: a JSON <c>null</c> reads as an empty list.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IList<ResponseItem> Output
    {
        get => _output;
        set => _output = value ?? new List<ResponseItem>();
    }

    /// <summary>
    /// Gets the text of every <c>output_text</c> part of every message in <see cref="Output"/>, concatenated
    /// in order; empty when there is none. Computed client-side like the official SDKs' <c>output_text</c>; not on the wire.
    /// </summary>
    [JsonIgnore]
    public string OutputText
    {
        get
        {
            StringBuilder? text = null;
            foreach (var item in Output)
            {
                if (item is not MessageItem message)
                {
                    continue;
                }

                foreach (var part in message.Content)
                {
                    if (part is OutputTextPart outputText)
                    {
                        (text ??= new StringBuilder()).Append(outputText.Text);
                    }
                }
            }

            return text?.ToString() ?? string.Empty;
        }
    }

    /// <summary>Gets or sets the token usage; <see langword="null"/> until the response is finished.</summary>
    public ResponseUsage? Usage { get; set; }

    /// <summary>Gets or sets the caller's key-value pairs attached to the response.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets the id of the response this one continues.</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>Gets or sets the service tier that processed the request, for example <c>default</c>; it may differ from the one requested.</summary>
    public ServiceTier? ServiceTier { get; set; }

    /// <summary>Gets or sets a value indicating whether the response is stored for later retrieval.</summary>
    public bool? Store { get; set; }

    /// <summary>Gets or sets the upper bound of generated tokens, reasoning included.</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>
    /// Gets or sets the system (developer) message the response was generated with: text, or a list of input items.
    /// <see langword="null"/> when the request had none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ResponseInput? Instructions { get; set; }

    /// <summary>Gets or sets the conversation the response belongs to; its input and output items were added to it.</summary>
    public ResponseConversation? Conversation { get; set; }

    /// <summary>Gets or sets the reasoning options the response used (effort, summary, …).</summary>
    public ResponseReasoningOptions? Reasoning { get; set; }

    /// <summary>Gets or sets the tools the model could call.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Gets or sets how the model selected tools, for example <c>auto</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ResponseToolChoice? ToolChoice { get; set; }

    /// <summary>Gets or sets a value indicating whether the model could call tools in parallel.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Gets or sets the maximum number of built-in tool calls, across all tools.</summary>
    public int? MaxToolCalls { get; set; }

    /// <summary>Gets or sets the text output options used: plain text or structured JSON, and verbosity.</summary>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Gets or sets the sampling temperature used (0 to 2).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? Temperature { get; set; }

    /// <summary>Gets or sets the nucleus sampling probability mass used (0 to 1).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public double? TopP { get; set; }

    /// <summary>Gets or sets how many most likely tokens were returned with log probabilities at each position (0 to 20).</summary>
    public int? TopLogprobs { get; set; }

    /// <summary>Gets or sets the truncation strategy used, for example <c>disabled</c>.</summary>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>Gets or sets the prompt template and variables the response was generated from.</summary>
    public ResponsePrompt? Prompt { get; set; }

    /// <summary>Gets or sets the prompt-cache key the request gave.</summary>
    public string? PromptCacheKey { get; set; }

    /// <summary>Gets or sets the prompt-caching options that were applied (<c>gpt-5.6</c> and later models).</summary>
    public PromptCacheOptions? PromptCacheOptions { get; set; }

    /// <summary>Gets or sets the prompt-cache retention policy.</summary>
    /// <remarks>Deprecated by the API in favour of <see cref="PromptCacheOptions"/> (its <c>ttl</c>).</remarks>
    public PromptCacheRetention? PromptCacheRetention { get; set; }

    /// <summary>Gets or sets the end-user identifier the request gave for abuse detection.</summary>
    public string? SafetyIdentifier { get; set; }

    /// <summary>Gets or sets the end-user identifier of the request.</summary>
    /// <remarks>Deprecated by the API: replaced by <see cref="SafetyIdentifier"/> and <see cref="PromptCacheKey"/>.</remarks>
    public string? User { get; set; }

    /// <summary>Gets or sets the moderation results for the input and output, when the request asked for moderation.</summary>
    public ResponseModeration? Moderation { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
