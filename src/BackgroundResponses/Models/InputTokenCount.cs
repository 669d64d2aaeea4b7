using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The answer of <c>POST /responses/input_tokens</c> (spec <c>TokenCountsResource</c>).</summary>
public class InputTokenCount
{
    /// <summary>Gets or sets the object type, always <c>response.input_tokens</c>.</summary>
    public string? Object { get; set; }

    /// <summary>Gets or sets how many input tokens the request would use.</summary>
    public int InputTokens { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
