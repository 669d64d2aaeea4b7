using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The log probability of one output token, with the most likely alternatives (spec <c>LogProb</c>).</summary>
public sealed class LogProbability
{
    /// <summary>Gets or sets the token.</summary>
    public string? Token { get; set; }

    /// <summary>Gets or sets the log probability of the token.</summary>
    public double Logprob { get; set; }

    /// <summary>Gets or sets the UTF-8 bytes of the token.</summary>
    public IList<int>? Bytes { get; set; }

    /// <summary>Gets or sets the most likely tokens at this position, as many as <c>top_logprobs</c> asked for.</summary>
    public IList<TopLogProbability>? TopLogprobs { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
