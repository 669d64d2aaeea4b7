using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Options for reasoning models such as gpt-5 and the o-series (spec <c>Reasoning</c>).</summary>
public class ResponseReasoningOptions
{
    /// <summary>Gets or sets how much the model reasons before answering; the server default is <c>medium</c>.</summary>
    public ReasoningEffort? Effort { get; set; }

    /// <summary>Gets or sets whether and how the model summarizes its reasoning; no summary unless set.</summary>
    public ReasoningSummaryMode? Summary { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet (for example <c>context</c>, <c>mode</c>); they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
