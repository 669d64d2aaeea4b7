using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Details of an <c>incomplete</c> response (spec <c>Response.incomplete_details</c>).</summary>
public sealed class ResponseIncompleteDetails
{
    /// <summary>Gets or sets why the response stopped early; reasons this SDK does not know are kept as sent.</summary>
    public ResponseIncompleteReason? Reason { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
