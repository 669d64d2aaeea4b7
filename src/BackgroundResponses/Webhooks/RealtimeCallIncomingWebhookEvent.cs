using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Sent when an incoming SIP call is available for Realtime acceptance (type <c>realtime.call.incoming</c>, spec <c>WebhookRealtimeCallIncoming</c>).
/// The same pending session can also emit <c>live.call.incoming</c>; the first accept endpoint that succeeds selects the runtime.
/// </summary>
public sealed class RealtimeCallIncomingWebhookEvent : WebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "realtime.call.incoming";

    /// <summary>Gets or sets the event payload: the session ID and the SIP headers of the call.</summary>
    [JsonRequired]
    public RealtimeCallIncomingWebhookData Data { get; set; } = new();
}
