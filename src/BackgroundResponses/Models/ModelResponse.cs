using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A response of the OpenAI Responses API (spec schema <c>Response</c>).</summary>
/// <remarks>
/// Fields the SDK does not model (<c>instructions</c>, <c>tools</c>, <c>text</c>, <c>reasoning</c>,
/// <c>billing</c>, <c>temperature</c>, …) are kept in <see cref="AdditionalProperties"/> and written back unchanged.
/// </remarks>
public partial class ModelResponse
{
    private IList<ResponseItem> _output = new List<ResponseItem>();

    /// <summary>Gets or sets the response id (<c>resp_…</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the object type, always <c>response</c>.</summary>
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
    public string? Model { get; set; }

    /// <summary>Gets or sets the error of a <c>failed</c> response.</summary>
    public ResponseError? Error { get; set; }

    /// <summary>Gets or sets why an <c>incomplete</c> response stopped early.</summary>
    public ResponseIncompleteDetails? IncompleteDetails { get; set; }

    /// <summary>Gets or sets the items the model produced. Never <see langword="null"/>: a JSON <c>null</c> reads as an empty list.</summary>
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
    public IDictionary<string, string>? Metadata { get; set; }

    /// <summary>Gets or sets the id of the response this one continues.</summary>
    public string? PreviousResponseId { get; set; }

    /// <summary>Gets or sets the service tier that processed the request, for example <c>default</c>.</summary>
    public string? ServiceTier { get; set; }

    /// <summary>Gets or sets a value indicating whether the response is stored for later retrieval.</summary>
    public bool? Store { get; set; }

    /// <summary>Gets or sets the upper bound of generated tokens, reasoning included.</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
