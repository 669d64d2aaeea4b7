using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The <c>data</c> payload of <see cref="LiveCallIncomingWebhookEvent"/>.</summary>
public sealed class LiveCallIncomingWebhookData
{
    /// <summary>Gets or sets the <c>rtc_…</c> ID of the pending SIP session (<c>session_id</c>); the same value appears as <c>call_id</c> in <c>realtime.call.incoming</c>.</summary>
    [JsonRequired]
    public string SessionId { get; set; } = string.Empty;

    /// <summary>Gets or sets the headers of the SIP INVITE.</summary>
    [JsonRequired]
    public IList<SipHeader> SipHeaders { get; set; } = [];

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
