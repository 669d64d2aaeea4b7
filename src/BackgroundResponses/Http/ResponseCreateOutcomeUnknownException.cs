namespace BackgroundResponses;

/// <summary>
/// A create request (<c>POST /responses</c>) was sent but no answer came back (a timeout or a dropped
/// connection): the server may or may not have started a background job. The SDK does not retry it, because a
/// retry could start a second, paid job. List or retrieve recent responses, or retry knowingly.
/// </summary>
/// <remarks>
/// A create that surely never reached the server (the connection was refused, the host name did not resolve) throws
/// the base <see cref="ResponsesNetworkException"/> instead: nothing was started, so it is safe to try again.
/// </remarks>
public class ResponseCreateOutcomeUnknownException : ResponsesNetworkException
{
    /// <summary>Initializes a new instance of the <see cref="ResponseCreateOutcomeUnknownException"/> class.</summary>
    public ResponseCreateOutcomeUnknownException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseCreateOutcomeUnknownException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponseCreateOutcomeUnknownException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseCreateOutcomeUnknownException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The timeout or connection failure.</param>
    public ResponseCreateOutcomeUnknownException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseCreateOutcomeUnknownException"/> class with the call that failed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="requestMethod">The HTTP method of the call.</param>
    /// <param name="requestUri">The address called; only its path and host are kept.</param>
    /// <param name="httpRequestError">What kind of failure it was, as far as <see cref="HttpClient"/> could tell.</param>
    /// <param name="isTimeout">Whether the call timed out rather than failed.</param>
    /// <param name="innerException">The timeout or connection failure.</param>
    public ResponseCreateOutcomeUnknownException(string message, string? requestMethod, Uri? requestUri, HttpRequestError httpRequestError, bool isTimeout, Exception? innerException)
        : base(message, requestMethod, requestUri, httpRequestError, isTimeout, innerException)
    {
    }
}
