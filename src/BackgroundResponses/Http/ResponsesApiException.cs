using System.Globalization;
using System.Text;

namespace BackgroundResponses;

/// <summary>
/// The API answered with a non-success HTTP status. Carries what the server said: the status, the
/// error <c>type</c>, <c>code</c>, <c>param</c> and message of the <c>{"error":{…}}</c> body, the
/// <c>x-request-id</c> to quote to support, any retry delay, and a bounded snippet of the raw body.
/// </summary>
/// <remarks>
/// The body need not be JSON: an HTML page from a proxy still yields this exception, with the
/// snippet showing what arrived. The API key is redacted from everything this exception carries.
/// </remarks>
public class ResponsesApiException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesApiException"/> class.</summary>
    public ResponsesApiException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesApiException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesApiException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesApiException"/> class with the details of an error answer.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="errorMessage">The server's error message, if it sent one.</param>
    /// <param name="errorType">The error <c>type</c>, for example <c>invalid_request_error</c>.</param>
    /// <param name="errorCode">The error <c>code</c>, for example <c>rate_limit_exceeded</c>.</param>
    /// <param name="param">The request parameter the error is about.</param>
    /// <param name="requestId">The <c>x-request-id</c> header.</param>
    /// <param name="retryAfter">The delay the server asked for before a retry.</param>
    /// <param name="rawBody">A bounded snippet of the raw body.</param>
    /// <param name="requestMethod">The HTTP method of the call, for example <c>GET</c>.</param>
    /// <param name="requestUri">The address called; only its path is kept (a query may carry values that do not belong in logs).</param>
    public ResponsesApiException(
        int status,
        string? errorMessage,
        string? errorType = null,
        string? errorCode = null,
        string? param = null,
        string? requestId = null,
        TimeSpan? retryAfter = null,
        string? rawBody = null,
        string? requestMethod = null,
        Uri? requestUri = null)
        : base(FormatMessage(status, errorMessage, errorType, errorCode, param, requestId, requestMethod, PathOf(requestUri)))
    {
        RequestMethod = requestMethod;
        RequestPath = PathOf(requestUri);
        Status = status;
        ErrorMessage = errorMessage;
        ErrorType = errorType;
        ErrorCode = errorCode;
        Param = param;
        RequestId = requestId;
        RetryAfter = retryAfter;
        RawBody = rawBody;
    }

    /// <summary>Gets the HTTP status code, for example 404 or 429.</summary>
    public virtual int Status { get; }

    /// <summary>Gets the <c>error.message</c> the server sent, or <see langword="null"/> if the body had none.</summary>
    public virtual string? ErrorMessage { get; }

    /// <summary>Gets the <c>error.type</c>, for example <c>invalid_request_error</c>.</summary>
    public virtual string? ErrorType { get; }

    /// <summary>Gets the <c>error.code</c>, for example <c>rate_limit_exceeded</c>.</summary>
    public virtual string? ErrorCode { get; }

    /// <summary>Gets the <c>error.param</c>: the request parameter the error is about.</summary>
    public virtual string? Param { get; }

    /// <summary>Gets the <c>x-request-id</c> response header, to quote when asking for support.</summary>
    public virtual string? RequestId { get; }

    /// <summary>
    /// Gets the delay the server asked for (<c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as an HTTP date).
    /// </summary>
    public virtual TimeSpan? RetryAfter { get; }

    /// <summary>Gets the HTTP method of the call that failed, for example <c>GET</c>, when known.</summary>
    public virtual string? RequestMethod { get; }

    /// <summary>Gets the path of the call that failed, for example <c>/v1/responses/resp_123</c> (never the query), when known.</summary>
    public virtual string? RequestPath { get; }

    /// <summary>Gets the start of the raw body (at most a few kilobytes), for diagnosing non-JSON answers.</summary>
    public virtual string? RawBody { get; }

    /// <summary>
    /// Gets a value indicating whether the same request may succeed if made again: the server's
    /// <c>x-should-retry</c> header when it sent one, else whether the status is 408, 409, 429 or any 5xx.
    /// </summary>
    public virtual bool IsTransient => ServerShouldRetry ?? TransientFailures.IsTransientStatus(Status);

    /// <summary>Gets the server's <c>x-should-retry</c> verdict, when it gave one.</summary>
    internal bool? ServerShouldRetry { get; init; }

    private static string? PathOf(Uri? uri) => uri is { IsAbsoluteUri: true } ? uri.AbsolutePath : null;

    private static string FormatMessage(int status, string? errorMessage, string? errorType, string? errorCode, string? param, string? requestId, string? method, string? path)
    {
        // "GET /v1/responses/resp_1 → HTTP 404: message (type: …, code: …, request id: …)": the call first, so that a
        // wrong path or base address shows at a glance.
        var builder = new StringBuilder();
        if (method is not null || path is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"{method} {path} → ");
        }
        else
        {
            builder.Append("The Responses API answered ");
        }

        builder.Append(CultureInfo.InvariantCulture, $"HTTP {status}");
        builder.Append(string.IsNullOrEmpty(errorMessage) ? "." : $": {errorMessage}");
        var details = new List<string>(4);
        if (!string.IsNullOrEmpty(errorType))
        {
            details.Add($"type: {errorType}");
        }

        if (!string.IsNullOrEmpty(errorCode))
        {
            details.Add($"code: {errorCode}");
        }

        if (!string.IsNullOrEmpty(param))
        {
            details.Add($"param: {param}");
        }

        if (!string.IsNullOrEmpty(requestId))
        {
            details.Add($"request id: {requestId}");
        }

        if (details.Count > 0)
        {
            builder.Append(" (").AppendJoin(", ", details).Append(')');
        }

        // A 404 with none of the API's error details is most often a wrong base address, not an unknown id.
        if (status == 404 && errorType is null && errorCode is null && path is not null && !path.Contains("/v1/", StringComparison.Ordinal))
        {
            builder.Append(" The path has no /v1/ segment: does ResponsesClientOptions.BaseAddress end with /v1?");
        }

        return builder.ToString();
    }
}
