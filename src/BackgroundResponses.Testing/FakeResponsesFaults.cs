namespace BackgroundResponses.Testing;

/// <summary>
/// Faults a test arms on a <see cref="FakeResponsesServer"/>. Every method is thread-safe and has "next N" semantics: the fault
/// is used by the next matching connection, request or created response, <c>times</c> times over, then it is gone.
/// Stream faults (drop, drop mid-event, stall) share one queue and are taken in the order they were armed, one per stream
/// connection (a create with <c>stream: true</c> or a <c>GET …?stream=true</c>); response faults (error event, failed,
/// incomplete) likewise, one per created response; webhook faults (twice, late, wrongly signed) likewise, one per webhook event.
/// Request faults are checked first, before any endpoint runs.
/// </summary>
public sealed class FakeResponsesFaults
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private readonly LinkedList<StreamFault> _streamFaults = new();
    private readonly LinkedList<ResponseFault> _responseFaults = new();
    private readonly List<RequestFault> _requestFaults = [];
    private readonly LinkedList<WebhookFault> _webhookFaults = new();

    internal FakeResponsesFaults()
    {
    }

    /// <summary>Ends the next stream connection(s) abruptly after <paramref name="events"/> complete events (the connection is aborted, not closed cleanly).</summary>
    /// <param name="events">How many events to write first; 0 aborts before the first one.</param>
    /// <param name="times">How many connections this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults DropNextStreamAfter(int events, int times = 1) =>
        AddStream(new StreamFault(StreamFaultKind.Drop, CheckEvents(events), TimeSpan.Zero), times);

    /// <summary>Writes <paramref name="events"/> complete events on the next stream connection(s), then half of the next event's bytes, then aborts.</summary>
    /// <param name="events">How many complete events to write first.</param>
    /// <param name="times">How many connections this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults DropNextStreamMidEvent(int events, int times = 1) =>
        AddStream(new StreamFault(StreamFaultKind.DropMidEvent, CheckEvents(events), TimeSpan.Zero), times);

    /// <summary>
    /// Sends nothing for <paramref name="duration"/> (measured on the server's clock) on the next stream connection(s), after
    /// <paramref name="afterEvents"/> events; the connection then carries on if the client is still there.
    /// </summary>
    /// <param name="duration">How long to stay silent.</param>
    /// <param name="afterEvents">How many events to write before the silence.</param>
    /// <param name="times">How many connections this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults StallNextStream(TimeSpan duration, int afterEvents = 0, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return AddStream(new StreamFault(StreamFaultKind.Stall, CheckEvents(afterEvents), duration), times);
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> matching requests with <paramref name="statusCode"/> and an OpenAI error body,
    /// without touching any response.
    /// </summary>
    /// <param name="count">How many requests to answer this way.</param>
    /// <param name="statusCode">The status, for example 429 or 503.</param>
    /// <param name="retryAfter">A delay to advertise: <c>Retry-After</c> in whole seconds (rounded up), or <c>retry-after-ms</c>.</param>
    /// <param name="retryAfterInMilliseconds">Send <c>retry-after-ms</c> instead of <c>Retry-After</c>.</param>
    /// <param name="method">Only requests with this method (for example <c>"GET"</c>); <see langword="null"/> for any.</param>
    /// <param name="pathPrefix">Only requests whose path starts with this (for example <c>"/v1/responses/resp_"</c>); <see langword="null"/> for any.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults FailNextRequests(int count, int statusCode = 503, TimeSpan? retryAfter = null, bool retryAfterInMilliseconds = false, string? method = null, string? pathPrefix = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        lock (_gate)
        {
            _requestFaults.Add(new RequestFault(statusCode, retryAfter, retryAfterInMilliseconds, method, pathPrefix, count));
        }

        return this;
    }

    /// <summary>
    /// Makes the next created response(s) emit an <c>error</c> event as event <paramref name="atSequenceNumber"/> and stop there:
    /// the stream ends without a terminal event and the response is left <c>failed</c>.
    /// </summary>
    /// <param name="atSequenceNumber">The sequence number the error event takes; at least 2 (after <c>response.created</c> and the next event).</param>
    /// <param name="shape">Flat (documented) or nested (observed) shape.</param>
    /// <param name="code">The error code.</param>
    /// <param name="message">The error message.</param>
    /// <param name="times">How many responses this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults EmitErrorEventInNextResponse(int atSequenceNumber, ErrorEventShape shape = ErrorEventShape.Flat, string code = "server_error", string message = "The server had an error while processing your request.", int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(atSequenceNumber, 2);
        return AddResponse(new ResponseFault(ResponseFaultKind.ErrorEvent, atSequenceNumber, shape, code, message), times);
    }

    /// <summary>Makes the next created response(s) end with <c>response.failed</c> (status <c>failed</c>, with an error) after <paramref name="afterTextDeltas"/> text deltas.</summary>
    /// <param name="afterTextDeltas">How many text deltas come first.</param>
    /// <param name="code">The <c>error.code</c>.</param>
    /// <param name="message">The <c>error.message</c>.</param>
    /// <param name="times">How many responses this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults FailNextResponse(int afterTextDeltas = 5, string code = "server_error", string message = "The model failed to generate a response.", int times = 1) =>
        AddResponse(new ResponseFault(ResponseFaultKind.Failed, CheckEvents(afterTextDeltas), ErrorEventShape.Flat, code, message), times);

    /// <summary>
    /// Makes the next created response(s) stop after <paramref name="afterTextDeltas"/> text deltas and end with
    /// <c>response.incomplete</c> (status <c>incomplete</c>, <c>incomplete_details.reason</c> = <paramref name="reason"/>).
    /// </summary>
    /// <param name="afterTextDeltas">How many text deltas come first.</param>
    /// <param name="reason">The incomplete reason.</param>
    /// <param name="times">How many responses this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults EndNextResponseIncomplete(int afterTextDeltas = 10, string reason = "max_output_tokens", int times = 1) =>
        AddResponse(new ResponseFault(ResponseFaultKind.Incomplete, CheckEvents(afterTextDeltas), ErrorEventShape.Flat, reason, string.Empty), times);

    /// <summary>
    /// Delivers the next webhook event(s) twice: once the first delivery is over (accepted, or out of attempts) the same event is
    /// sent again, with the same <c>webhook-id</c> and body and a fresh timestamp and signature, as the real service may do.
    /// </summary>
    /// <param name="times">How many events this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults DeliverNextWebhookTwice(int times = 1) =>
        AddWebhook(new WebhookFault(WebhookFaultKind.DeliverTwice, TimeSpan.Zero), times);

    /// <summary>Holds the next webhook event(s) back for <paramref name="delay"/> (on the server's clock) before the first attempt.</summary>
    /// <param name="delay">How long to wait.</param>
    /// <param name="times">How many events this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults DelayNextWebhook(TimeSpan delay, int times = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delay, TimeSpan.Zero);
        return AddWebhook(new WebhookFault(WebhookFaultKind.Delay, delay), times);
    }

    /// <summary>
    /// Signs every attempt of the next webhook event(s) with a key other than the configured secret: the headers are well formed,
    /// but a receiver that verifies them rejects the event.
    /// </summary>
    /// <param name="times">How many events this applies to.</param>
    /// <returns>This instance, for chaining.</returns>
    public FakeResponsesFaults SignNextWebhookWrongly(int times = 1) =>
        AddWebhook(new WebhookFault(WebhookFaultKind.BadSignature, TimeSpan.Zero), times);

    /// <summary>Disarms every fault that has not been used yet.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _streamFaults.Clear();
            _responseFaults.Clear();
            _requestFaults.Clear();
            _webhookFaults.Clear();
        }
    }

    internal StreamFault? TakeStreamFault() => Take(_streamFaults);

    internal ResponseFault? TakeResponseFault() => Take(_responseFaults);

    internal WebhookFault? TakeWebhookFault() => Take(_webhookFaults);

    internal RequestFault? TakeRequestFault(string method, string path)
    {
        lock (_gate)
        {
            foreach (var fault in _requestFaults)
            {
                if (fault.Remaining > 0 && fault.Matches(method, path))
                {
                    fault.Remaining--;
                    if (fault.Remaining == 0)
                    {
                        _requestFaults.Remove(fault);
                    }

                    return fault;
                }
            }

            return null;
        }
    }

    private static int CheckEvents(int events)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(events);
        return events;
    }

    private T? Take<T>(LinkedList<T> queue)
        where T : class
    {
        lock (_gate)
        {
            var first = queue.First;
            if (first is null)
            {
                return null;
            }

            queue.RemoveFirst();
            return first.Value;
        }
    }

    private FakeResponsesFaults AddStream(StreamFault fault, int times) => Add(_streamFaults, fault, times);

    private FakeResponsesFaults AddResponse(ResponseFault fault, int times) => Add(_responseFaults, fault, times);

    private FakeResponsesFaults AddWebhook(WebhookFault fault, int times) => Add(_webhookFaults, fault, times);

    private FakeResponsesFaults Add<T>(LinkedList<T> queue, T fault, int times)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                queue.AddLast(fault);
            }
        }

        return this;
    }
}
