using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A reference to a reusable prompt template and its variables (spec <c>Prompt</c>).</summary>
public sealed class ResponsePrompt
{
    /// <summary>Gets or sets the id of the prompt template; the API requires it whenever a prompt is sent.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the template version; the server uses the current version when unset.</summary>
    public string? Version { get; set; }

    /// <summary>
    /// Gets or sets the values substituted for the template's variables: a JSON string, or an input content
    /// object such as <c>{"type":"input_text","text":"…"}</c>.
    /// </summary>
    public IDictionary<string, JsonElement>? Variables { get; set; }

    /// <summary>Gets or sets fields this SDK does not model yet; they are sent as given.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
