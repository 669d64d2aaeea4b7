using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>One of the most likely tokens at a position of the output (spec <c>TopLogProb</c>).</summary>
public sealed class TopLogProbability
{
    /// <summary>Gets or sets the token.</summary>
    public string? Token { get; set; }

    /// <summary>Gets or sets the log probability of the token.</summary>
    public double Logprob { get; set; }

    /// <summary>Gets or sets the UTF-8 bytes of the token.</summary>
    public IList<int>? Bytes { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
