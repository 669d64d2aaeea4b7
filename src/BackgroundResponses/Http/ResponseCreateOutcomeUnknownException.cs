namespace BackgroundResponses;

/// <summary>
/// A create request (<c>POST /responses</c>) was sent but no answer came back (a timeout or a dropped
/// connection): the server may or may not have started a background job. The SDK does not retry it, because a
/// retry could start a second, paid job. List or retrieve recent responses, or retry knowingly.
/// </summary>
/// <remarks>
/// Deliberately not a <see cref="ResponsesNetworkException"/>: code that catches that one to try again must not
/// catch this one by accident. A create that surely never reached the server (the connection was refused, the host
/// name did not resolve, the TLS handshake failed) throws <see cref="ResponsesNetworkException"/> instead: nothing
/// was started, so it is safe to try again.
/// </remarks>
public class ResponseCreateOutcomeUnknownException : ResponsesException
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
    /// <param name="isTimeout">Whether the call timed out rather than failed.</param>
    /// <param name="innerException">The timeout or connection failure.</param>
    public ResponseCreateOutcomeUnknownException(string message, string? requestMethod, Uri? requestUri, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        RequestMethod = requestMethod;
        RequestPath = requestUri?.IsAbsoluteUri == true ? requestUri.AbsolutePath : null;
        Host = requestUri?.IsAbsoluteUri == true ? requestUri.Authority : null;
        IsTimeout = isTimeout;
    }

    /// <summary>Gets the HTTP method of the create, <c>POST</c>.</summary>
    public virtual string? RequestMethod { get; }

    /// <summary>Gets the path of the create, for example <c>/v1/responses</c>.</summary>
    public virtual string? RequestPath { get; }

    /// <summary>Gets the host (and port, if not the scheme's default) that was called.</summary>
    public virtual string? Host { get; }

    /// <summary>Gets a value indicating whether no answer came in time (<see cref="ResponsesClientOptions.NetworkTimeout"/>), rather than the connection failing.</summary>
    public virtual bool IsTimeout { get; }
}
