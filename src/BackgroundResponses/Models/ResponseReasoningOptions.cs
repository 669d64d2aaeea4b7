using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Options for reasoning models such as gpt-5 and the o-series (spec <c>Reasoning</c>).</summary>
/// <remarks>
/// The same shape is sent on a request and reported on a response; on a response a value is what was actually
/// used, and the server sends <c>null</c> for what does not apply (read as <see langword="null"/> here).
/// </remarks>
public class ResponseReasoningOptions
{
    /// <summary>Gets or sets the execution mode, for example <see cref="ReasoningMode.Pro"/>.</summary>
    public ReasoningMode? Mode { get; set; }

    /// <summary>Gets or sets how much the model reasons before answering; the server default is <c>medium</c>.</summary>
    public ReasoningEffort? Effort { get; set; }

    /// <summary>Gets or sets whether and how the model summarizes its reasoning; no summary unless set.</summary>
    public ReasoningSummaryMode? Summary { get; set; }

    /// <summary>Gets or sets which reasoning items are rendered back to the model on later turns; the model decides when not set.</summary>
    public ReasoningContext? Context { get; set; }

    /// <summary>Gets or sets the former name of <see cref="Summary"/>.</summary>
    /// <remarks>Deprecated by the API: set <see cref="Summary"/> instead. Kept so that a request or response using it is read and written faithfully.</remarks>
    public ReasoningSummaryMode? GenerateSummary { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given and written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
