namespace BackgroundResponses;

/// <summary>
/// A webhook delivery whose headers or signature did not verify; answer it with 400 and do not act on its body.
/// The message never contains a secret or the body.
/// </summary>
public sealed class WebhookVerificationException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="WebhookVerificationException"/> class.</summary>
    public WebhookVerificationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebhookVerificationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WebhookVerificationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebhookVerificationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WebhookVerificationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WebhookVerificationException"/> class.</summary>
    /// <param name="reason">Why the delivery was rejected.</param>
    /// <param name="headerName">The header at fault, if one is.</param>
    /// <param name="message">The message; it must not contain a secret or the body.</param>
    public WebhookVerificationException(WebhookVerificationFailure reason, string? headerName, string message)
        : base(message)
    {
        Reason = reason;
        HeaderName = headerName;
    }

    /// <summary>Gets why the delivery was rejected.</summary>
    public WebhookVerificationFailure Reason { get; }

    /// <summary>Gets the name of the header at fault (one of <see cref="WebhookHeaderNames"/>), or <see langword="null"/> when no single header is.</summary>
    public string? HeaderName { get; }
}
