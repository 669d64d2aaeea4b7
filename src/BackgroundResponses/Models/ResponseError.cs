using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Why a response failed (spec schema <c>ResponseError</c>).</summary>
public sealed class ResponseError
{
    /// <summary>Gets or sets the error code; codes this SDK does not know are kept as sent.</summary>
    public ResponseErrorCode? Code { get; set; }

    /// <summary>Gets or sets a human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
