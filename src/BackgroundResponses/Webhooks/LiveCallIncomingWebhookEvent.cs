using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>
/// Sent when an incoming SIP call is available for Live acceptance (type <c>live.call.incoming</c>, spec <c>WebhookLiveCallIncoming</c>).
/// The same pending session can also emit <c>realtime.call.incoming</c>; the first accept endpoint that succeeds selects the runtime.
/// </summary>
public sealed class LiveCallIncomingWebhookEvent : WebhookEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "live.call.incoming";

    /// <summary>Gets or sets the event payload: the session ID and the SIP headers of the call.</summary>
    [JsonRequired]
    public LiveCallIncomingWebhookData Data { get; set; } = new();
}
