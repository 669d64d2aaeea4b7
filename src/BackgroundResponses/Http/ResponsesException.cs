namespace BackgroundResponses;

/// <summary>
/// The base of every exception this SDK throws for a failed call (not for bad arguments, which raise
/// <see cref="ArgumentException"/>, nor for cancellation, which raises <see cref="OperationCanceledException"/>).
/// </summary>
public class ResponsesException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesException"/> class.</summary>
    public ResponsesException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
