namespace BackgroundResponses.Testing;

/// <summary>One attempt of the fake server to deliver a webhook event, for assertions.</summary>
/// <param name="EventId">The event id, <c>evt_…</c>; also the <c>webhook-id</c> header, the same on every attempt of one event.</param>
/// <param name="EventType">The event type, for example <c>response.completed</c>.</param>
/// <param name="ResponseId">The response the event is about.</param>
/// <param name="Attempt">Which attempt at this event this was, from 1 (a duplicate delivery continues the count).</param>
/// <param name="StatusCode">The receiver's HTTP status, or <see langword="null"/> when no answer came (see <paramref name="Error"/>).</param>
/// <param name="Error">Why no answer came (connection refused, timeout …), or <see langword="null"/>.</param>
/// <param name="SentAt">When the attempt was made, on the server's <see cref="FakeResponsesServerOptions.TimeProvider"/>.</param>
/// <param name="Headers">The <c>webhook-id</c>, <c>webhook-timestamp</c> and <c>webhook-signature</c> headers sent.</param>
/// <param name="Body">The JSON body sent.</param>
public sealed record FakeWebhookDelivery(
    string EventId,
    string EventType,
    string ResponseId,
    int Attempt,
    int? StatusCode,
    Exception? Error,
    DateTimeOffset SentAt,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    /// <summary>Whether the receiver answered with a 2xx status.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
