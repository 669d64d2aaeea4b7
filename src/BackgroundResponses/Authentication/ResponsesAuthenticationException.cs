namespace BackgroundResponses;

/// <summary>
/// Signing in failed before a request could be sent: the <see cref="ResponsesClientOptions.BearerTokenProvider"/> threw,
/// returned nothing, or returned a token that had already expired. The request was not sent (so no response was created);
/// <see cref="Exception.InnerException"/> holds the provider's own error.
/// </summary>
public class ResponsesAuthenticationException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesAuthenticationException"/> class.</summary>
    public ResponsesAuthenticationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesAuthenticationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesAuthenticationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, usually the token provider's exception.</param>
    public ResponsesAuthenticationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
