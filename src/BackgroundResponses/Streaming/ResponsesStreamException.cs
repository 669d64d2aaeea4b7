namespace BackgroundResponses;

/// <summary>
/// An event stream could not be read to its end: reconnections kept failing, the connection was lost
/// before the response id was known, the server refused to resume and polling fallback is off, or an
/// event exceeded <see cref="StreamingOptions.MaxEventSize"/>.
/// </summary>
/// <remarks>
/// The background response itself may still be running: when <see cref="ResponseId"/> is known, it can be
/// polled, resumed later (<see cref="ResumeToken"/>) or cancelled.
/// </remarks>
public class ResponsesStreamException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesStreamException"/> class.</summary>
    public ResponsesStreamException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesStreamException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesStreamException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesStreamException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesStreamException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesStreamException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="responseId">The id of the response, if known.</param>
    /// <param name="lastSequenceNumber">The sequence number of the last event delivered, if any.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesStreamException(string message, string? responseId, int? lastSequenceNumber, Exception? innerException)
        : base(message, innerException)
    {
        ResponseId = responseId;
        LastSequenceNumber = lastSequenceNumber;
    }

    /// <summary>Gets the id of the response whose stream failed, or <see langword="null"/> if it was never learnt.</summary>
    public virtual string? ResponseId { get; }

    /// <summary>Gets the sequence number of the last event delivered to the caller, or <see langword="null"/> if none was.</summary>
    public virtual int? LastSequenceNumber { get; }

    /// <summary>Gets a token to resume the stream later from where it stopped, or <see langword="null"/> if the response id is unknown.</summary>
    public virtual ResponseResumeToken? ResumeToken => ResponseId is null ? null : new ResponseResumeToken(ResponseId, LastSequenceNumber);
}
