using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// What to count the input tokens of (<c>POST /responses/input_tokens</c>, spec <c>TokenCountsBody</c>): the
/// input-related fields of a create, so that a request can be measured before it is sent.
/// </summary>
public class InputTokenCountRequest
{
    /// <summary>Gets or sets the model whose tokenizer counts, for example <c>gpt-5</c>.</summary>
    /// <value>The default is <see langword="null"/>: the server's choice.</value>
    public string? Model { get; set; }

    /// <summary>Gets or sets the input: a text, or a list of items.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseInput? Input { get; set; }

    /// <summary>Gets or sets the system (or developer) message inserted into the model's context.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? Instructions { get; set; }

    /// <summary>Gets or sets the response whose conversation the input continues; not with <see cref="Conversation"/>.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? PreviousResponseId { get; set; }

    /// <summary>Gets or sets the conversation the input belongs to; not with <see cref="PreviousResponseId"/>.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseConversationReference? Conversation { get; set; }

    /// <summary>Gets or sets the tools the model may call; their definitions count as input.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public IList<ResponseTool>? Tools { get; set; }

    /// <summary>Gets or sets which tool the model should use.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseToolChoice? ToolChoice { get; set; }

    /// <summary>Gets or sets whether the model may run tool calls in parallel.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>Gets or sets the text output options (a structured output schema counts as input).</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseTextOptions? Text { get; set; }

    /// <summary>Gets or sets the reasoning options (reasoning models only).</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public ResponseReasoningOptions? Reasoning { get; set; }

    /// <summary>Gets or sets the truncation strategy applied to an input longer than the context window.</summary>
    /// <value>The default is <see langword="null"/>: the server's default, <c>disabled</c>.</value>
    public ResponseTruncation? Truncation { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet (such as <c>personality</c>); they are sent as given.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
