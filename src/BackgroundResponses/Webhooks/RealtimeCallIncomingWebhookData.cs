using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>The <c>data</c> payload of <see cref="RealtimeCallIncomingWebhookEvent"/>.</summary>
public sealed class RealtimeCallIncomingWebhookData
{
    /// <summary>Gets or sets the <c>rtc_…</c> ID of the pending SIP session (<c>call_id</c>); the same value appears as <c>session_id</c> in <c>live.call.incoming</c>.</summary>
    [JsonRequired]
    public string CallId { get; set; } = string.Empty;

    /// <summary>Gets or sets the headers of the SIP INVITE.</summary>
    [JsonRequired]
    public IList<SipHeader> SipHeaders { get; set; } = [];

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
