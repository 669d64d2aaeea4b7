using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A response of the OpenAI Responses API (spec schema <c>Response</c>).</summary>
public class Response
{
    /// <summary>Gets or sets the response id (<c>resp_…</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the status.</summary>
    public ResponseStatus Status { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
