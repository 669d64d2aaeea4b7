namespace BackgroundResponses;

/// <summary>
/// A call got no answer from the server: the connection was refused, the host name did not resolve, the connection
/// was reset or closed, the TLS handshake failed, or the call timed out (<see cref="ResponsesClientOptions.NetworkTimeout"/>).
/// The original failure is the <see cref="Exception.InnerException"/>; the message names the call (method, path
/// and host, never a query or a header).
/// </summary>
/// <remarks>
/// Reads, cancels and deletes were already retried (<see cref="ResponsesClientOptions.Retry"/>) before this is thrown.
/// A create that may have reached the server throws <see cref="ResponseCreateOutcomeUnknownException"/> instead (not a
/// subclass of this one, so that catching this to try again is always safe): a background job may exist.
/// </remarks>
public class ResponsesNetworkException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesNetworkException"/> class.</summary>
    public ResponsesNetworkException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesNetworkException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesNetworkException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesNetworkException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The transport failure.</param>
    public ResponsesNetworkException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesNetworkException"/> class with the call that failed.</summary>
    /// <param name="message">The message.</param>
    /// <param name="requestMethod">The HTTP method of the call, for example <c>GET</c>.</param>
    /// <param name="requestUri">The address called; only its path and host are kept (a query may carry values that do not belong in logs).</param>
    /// <param name="httpRequestError">What kind of failure it was, as far as <see cref="HttpClient"/> could tell.</param>
    /// <param name="isTimeout">Whether the call timed out rather than failed.</param>
    /// <param name="innerException">The transport failure.</param>
    public ResponsesNetworkException(string message, string? requestMethod, Uri? requestUri, HttpRequestError httpRequestError, bool isTimeout, Exception? innerException)
        : base(message, innerException)
    {
        RequestMethod = requestMethod;
        RequestPath = requestUri?.IsAbsoluteUri == true ? requestUri.AbsolutePath : null;
        Host = requestUri?.IsAbsoluteUri == true ? requestUri.Authority : null;
        HttpRequestError = httpRequestError;
        IsTimeout = isTimeout;
    }

    /// <summary>Gets the HTTP method of the call that failed, for example <c>GET</c>.</summary>
    public virtual string? RequestMethod { get; }

    /// <summary>Gets the path of the call that failed, for example <c>/v1/responses/resp_123</c> (never the query).</summary>
    public virtual string? RequestPath { get; }

    /// <summary>Gets the host (and port, if not the scheme's default) that was called.</summary>
    public virtual string? Host { get; }

    /// <summary>
    /// Gets what kind of failure it was as far as <see cref="HttpClient"/> could tell, for example
    /// <see cref="System.Net.Http.HttpRequestError.ConnectionError"/> for a refused connection or
    /// <see cref="System.Net.Http.HttpRequestError.NameResolutionError"/> for an unknown host.
    /// </summary>
    public virtual HttpRequestError HttpRequestError { get; }

    /// <summary>Gets a value indicating whether the call timed out (no answer within <see cref="ResponsesClientOptions.NetworkTimeout"/>) rather than failed.</summary>
    public virtual bool IsTimeout { get; }
}
