namespace BackgroundResponses;

/// <summary>What a request is, as far as retrying it goes.</summary>
internal enum RequestKind
{
    /// <summary>GET, HEAD, DELETE, OPTIONS, or the cancel POST (idempotent on OpenAI): safe to repeat.</summary>
    Idempotent,

    /// <summary>A POST that may start work on the server, such as a create: repeating it may repeat the work.</summary>
    NonIdempotent,

    /// <summary>A request for an event stream: its own resume loop retries it.</summary>
    Stream,

    /// <summary>A POST that creates and streams at once: never repeated, and its body is not bounded by the attempt timeout.</summary>
    NonIdempotentStream,
}
