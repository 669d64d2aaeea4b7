using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// The conversation a response belongs to, as a response reports it (spec <c>ResponseConversation</c>): always an object
/// with an <c>id</c>, unlike the request's <see cref="ResponseConversationReference"/>, which is sent as a plain id.
/// </summary>
/// <remarks>The input and output items of the response were added to this conversation.</remarks>
public sealed class ResponseConversation
{
    /// <summary>Gets or sets the conversation id (<c>conv_…</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
