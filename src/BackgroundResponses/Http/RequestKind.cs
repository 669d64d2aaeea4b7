namespace BackgroundResponses;

/// <summary>
/// What a request is, as far as retrying it goes. The SDK marks each request it builds with one of these
/// (<see cref="RequestKinds.Mark"/>); the resilience handler reads the mark rather than guessing from the path or headers.
/// </summary>
internal enum RequestKind
{
    /// <summary>A retrieve, list or delete, or a POST that only reads (counting input tokens): safe to repeat.</summary>
    Read,

    /// <summary>
    /// A retrieve made by the poll loop, which is a retry loop of its own (with the server's hints, a failure budget and
    /// <see cref="PollingOptions.MaxWait"/>): sent once per poll, so that retries do not multiply and a dead server is
    /// noticed in seconds.
    /// </summary>
    Poll,

    /// <summary>The cancel POST: idempotent on OpenAI (a repeat answers with the final response), so safe to repeat.</summary>
    Cancel,

    /// <summary>
    /// A create (<c>POST /responses</c>), or a compaction (<c>POST /responses/compact</c>, which runs the model and is
    /// billed): repeating it after it was sent may start a second, paid job.
    /// </summary>
    Create,

    /// <summary>A resume GET of an event stream: sent once per attempt (the stream's own resume loop retries it), its body not bounded by the attempt timeout.</summary>
    Stream,

    /// <summary>A create that also streams: never repeated once sent, and its body is not bounded by the attempt timeout.</summary>
    CreateStream,
}
