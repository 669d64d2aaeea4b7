namespace BackgroundResponses.Extensions.AI;

/// <summary>
/// The response ended <c>failed</c> or <c>cancelled</c>, so there is no answer to return as a <see cref="Microsoft.Extensions.AI.ChatResponse"/>.
/// </summary>
/// <remarks>
/// <c>incomplete</c> is not an error here: its partial answer is returned with a <see cref="Microsoft.Extensions.AI.ChatFinishReason"/> saying why it stopped.
/// </remarks>
public class ResponseFailedException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponseFailedException"/> class.</summary>
    public ResponseFailedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseFailedException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public ResponseFailedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseFailedException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ResponseFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponseFailedException"/> class for a response in its final state.</summary>
    /// <param name="response">The failed or cancelled response.</param>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public ResponseFailedException(ModelResponse response)
        : base(Describe(response))
    {
        Response = response;
    }

    /// <summary>Gets the response in its final state (its <see cref="ModelResponse.Status"/> and <see cref="ModelResponse.Error"/> say why), when known.</summary>
    public virtual ModelResponse? Response { get; }

    /// <summary>Gets the server's error code (for example <c>server_error</c>), when the response has one.</summary>
    public virtual string? Code => Response?.Error?.Code?.Value;

    private static string Describe(ModelResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var error = response.Error is { } e ? $": {e.Code?.Value ?? "error"}: {e.Message}" : ".";
        return $"Response {response.Id} ended {response.Status?.Value ?? "without a status"}{error}";
    }
}
