using System.Net.Sockets;
using System.Security.Authentication;

namespace BackgroundResponses;

/// <summary>
/// Recognizes a call that got no answer at all (refused, unresolved, reset, TLS, timeout) and turns it into the SDK's
/// <see cref="ResponsesNetworkException"/>, naming the call without its query or headers.
/// </summary>
internal static class NetworkFailures
{
    /// <summary>Whether <paramref name="exception"/> is a transport failure rather than the caller's cancellation.</summary>
    public static bool IsNetworkFailure(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException or IOException or TimeoutException or AuthenticationException => true,

        // HttpClient.Timeout (a caller-supplied client without the SDK's handler) surfaces as a cancellation.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// True when the request surely never reached the server: the connection, or its TLS session, was not even
    /// established (no byte of an HTTP request leaves before the handshake completes).
    /// </summary>
    public static bool IsNotSent(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } => true,
        HttpRequestException { InnerException: AuthenticationException } => true,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable } } => true,
        _ => false,
    };

    /// <summary>The SDK's exception for a call of <paramref name="kind"/> that failed with <paramref name="failure"/>.</summary>
    public static ResponsesException Create(HttpRequestMessage request, RequestKind kind, Exception failure)
    {
        var isTimeout = failure is TimeoutException or OperationCanceledException || failure.InnerException is TimeoutException;
        var error = (failure as HttpRequestException)?.HttpRequestError ?? HttpRequestError.Unknown;
        var call = $"{request.Method} {request.RequestUri?.AbsolutePath} (host {request.RequestUri?.Authority})";
        if (RequestKinds.IsCreate(kind) && !IsNotSent(failure))
        {
            // A compaction is marked as a create too (it runs the billed model), but starts no job that goes on.
            var consequence = request.RequestUri?.AbsolutePath.EndsWith("/responses/compact", StringComparison.Ordinal) == true
                ? "The compaction may have run and been billed; it was not retried, because a retry could run a second, paid job."
                : "The server may have started a background job; the create was not retried, because a retry could start a second, paid job.";
            return new ResponseCreateOutcomeUnknownException(
                $"{call} was sent but no answer arrived: {Describe(failure, isTimeout)}. {consequence}",
                request.Method.Method,
                request.RequestUri,
                isTimeout,
                failure);
        }

        return new ResponsesNetworkException(
            $"{call} failed without an answer from the server: {Describe(failure, isTimeout)}.",
            request.Method.Method,
            request.RequestUri,
            error,
            isTimeout,
            failure);
    }

    private static string Describe(Exception failure, bool isTimeout)
    {
        var reason = failure switch
        {
            _ when isTimeout => "timed out",
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "the host name could not be resolved",
            HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "the connection was refused (is anything listening at BaseAddress?)",
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "the TLS handshake failed",
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "the connection could not be established",
            HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } or IOException => "the connection was closed or reset",
            _ => "the call failed",
        };

        return $"{reason} ({failure.Message})";
    }
}
