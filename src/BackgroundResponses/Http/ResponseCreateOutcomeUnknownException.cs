namespace BackgroundResponses;

/// <summary>
/// A create request (<c>POST /responses</c>) was sent but no answer came back (a timeout or a dropped
/// connection): the server may or may not have started a background job. The SDK does not retry it, because a
/// retry could start a second, paid job. List or retrieve recent responses, or retry knowingly.
/// </summary>
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
}
