using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A header of the SIP INVITE that started an incoming call, as carried by <see cref="RealtimeCallIncomingWebhookEvent"/> and <see cref="LiveCallIncomingWebhookEvent"/>.</summary>
public sealed class SipHeader
{
    /// <summary>Gets or sets the name of the SIP header, for example <c>From</c>.</summary>
    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the value of the SIP header.</summary>
    [JsonRequired]
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
