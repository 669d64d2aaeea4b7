namespace BackgroundResponses;

/// <summary>
/// A successful HTTP answer whose body could not be read as the expected JSON shape (a truncated or
/// malformed body, or a body of another kind such as an HTML page).
/// </summary>
public class ResponsesSerializationException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesSerializationException"/> class.</summary>
    public ResponsesSerializationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesSerializationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesSerializationException"/> class.</summary>
    /// <param name="message">The message, naming what could not be read.</param>
    /// <param name="innerException">The underlying <see cref="System.Text.Json.JsonException"/>, if any.</param>
    public ResponsesSerializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
