using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The body of <c>POST /responses</c> (spec schema <c>CreateResponse</c>).</summary>
public class CreateResponseRequest
{
    /// <summary>Gets or sets the model id, for example <c>gpt-5.5</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
