namespace BackgroundResponses;

/// <summary>
/// What a request is, as far as retrying it goes. The SDK marks each request it builds with one of these
/// (<see cref="RequestKinds.Mark"/>); the resilience handler reads the mark rather than guessing from the path or headers.
/// </summary>
internal enum RequestKind
{
    /// <summary>A retrieve, list or delete: safe to repeat.</summary>
    Read,

    /// <summary>The cancel POST: idempotent on OpenAI (a repeat answers with the final response), so safe to repeat.</summary>
    Cancel,

    /// <summary>A create (<c>POST /responses</c>): repeating it after it was sent may start a second, paid job.</summary>
    Create,

    /// <summary>A resume GET of an event stream: the stream's own resume loop retries it, and its body is not bounded by the attempt timeout.</summary>
    Stream,

    /// <summary>A create that also streams: never repeated once sent, and its body is not bounded by the attempt timeout.</summary>
    CreateStream,
}
