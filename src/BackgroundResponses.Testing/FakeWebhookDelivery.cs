namespace BackgroundResponses.Testing;

/// <summary>One attempt of the fake server to deliver a webhook event, for assertions.</summary>
/// <remarks>
/// Built by the server only (the constructor is internal and the record is not positional), so that members can be added
/// later without breaking a test that reads them.
/// </remarks>
public sealed record FakeWebhookDelivery
{
    internal FakeWebhookDelivery(string eventId, string eventType, string responseId, int attempt, int? statusCode, Exception? error, DateTimeOffset sentAt, IReadOnlyDictionary<string, string> headers, string body)
    {
        EventId = eventId;
        EventType = eventType;
        ResponseId = responseId;
        Attempt = attempt;
        StatusCode = statusCode;
        Error = error;
        SentAt = sentAt;
        Headers = headers;
        Body = body;
    }

    /// <summary>Gets the event id, <c>evt_…</c>; also the <c>webhook-id</c> header, the same on every attempt of one event.</summary>
    public string EventId { get; }

    /// <summary>Gets the event type, for example <c>response.completed</c>.</summary>
    public string EventType { get; }

    /// <summary>Gets the response the event is about.</summary>
    public string ResponseId { get; }

    /// <summary>Gets which attempt at this event this was, from 1 (a duplicate delivery continues the count).</summary>
    public int Attempt { get; }

    /// <summary>Gets the receiver's HTTP status, or <see langword="null"/> when no answer came (see <see cref="Error"/>).</summary>
    public int? StatusCode { get; }

    /// <summary>Gets why no answer came (connection refused, timeout …), or <see langword="null"/>.</summary>
    public Exception? Error { get; }

    /// <summary>Gets when the attempt was made, on the server's <see cref="FakeResponsesServerOptions.TimeProvider"/>.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>Gets the <c>webhook-id</c>, <c>webhook-timestamp</c> and <c>webhook-signature</c> headers sent.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the JSON body sent.</summary>
    public string Body { get; }

    /// <summary>Gets a value indicating whether the receiver answered with a 2xx status.</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
