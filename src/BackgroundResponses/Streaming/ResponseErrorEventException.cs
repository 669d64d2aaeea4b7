namespace BackgroundResponses;

/// <summary>
/// The server sent an <c>error</c> event and the stream ended without a terminal event. Thrown after
/// the error event itself has been delivered, so that a consumer reading only text deltas still learns
/// that the response failed.
/// </summary>
public class ResponseErrorEventException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponseErrorEventException"/> class.</summary>
    public ResponseErrorEventException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseErrorEventException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponseErrorEventException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseErrorEventException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponseErrorEventException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseErrorEventException"/> class from the event.</summary>
    /// <param name="errorEvent">The error event the server sent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="errorEvent"/> is <see langword="null"/>.</exception>
    public ResponseErrorEventException(ResponseErrorEvent errorEvent)
        : base(FormatMessage(errorEvent))
    {
        ErrorEvent = errorEvent;
    }

    /// <summary>Gets the error event as the server sent it.</summary>
    public virtual ResponseErrorEvent? ErrorEvent { get; }

    /// <summary>Gets the error code, for example <c>too_many_requests</c> or <c>server_error</c>.</summary>
    public virtual string? Code => ErrorEvent?.Code;

    /// <summary>Gets the id of the response, when known.</summary>
    public virtual string? ResponseId => ErrorEvent?.ResponseId;

    private static string FormatMessage(ResponseErrorEvent errorEvent)
    {
        ArgumentNullException.ThrowIfNull(errorEvent);
        var code = errorEvent.Code ?? errorEvent.ErrorType;
        var where = errorEvent.ResponseId is null ? string.Empty : $" of response {errorEvent.ResponseId}";
        var at = errorEvent.SequenceNumber is { } number ? $" at event {number}" : string.Empty;
        return $"The stream{where} reported an error{at}: {errorEvent.Message ?? "(no message)"}{(code is null ? string.Empty : $" (code: {code})")}";
    }
}
