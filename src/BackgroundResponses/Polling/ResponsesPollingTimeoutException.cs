using System.Globalization;

namespace BackgroundResponses;

/// <summary>
/// A wait for a response to finish (<see cref="ResponsesClient.PollUntilTerminalAsync(string, PollingOptions?, CancellationToken)"/>) ran past
/// <see cref="PollingOptions.MaxWait"/>. Distinct from <see cref="OperationCanceledException"/>, which means the
/// caller cancelled.
/// </summary>
/// <remarks>
/// Unless <see cref="PollingOptions.CancelOnTimeout"/> is set, the background job goes on and can be retrieved or
/// waited for again.
/// </remarks>
public class ResponsesPollingTimeoutException : ResponsesException
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesPollingTimeoutException"/> class.</summary>
    public ResponsesPollingTimeoutException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesPollingTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ResponsesPollingTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesPollingTimeoutException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ResponsesPollingTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesPollingTimeoutException"/> class with the details of the wait.</summary>
    /// <param name="responseId">The id of the response waited for.</param>
    /// <param name="lastResponse">The last response seen, if any.</param>
    /// <param name="elapsed">How long the wait lasted.</param>
    /// <param name="cancelRequested">Whether the SDK asked the server to cancel the job.</param>
    /// <param name="cancelException">Why that cancel failed, if it did.</param>
    /// <param name="innerException">The last failure of a retrieve during the wait (a network failure or a transient error status), or <see langword="null"/> if every retrieve was answered.</param>
    public ResponsesPollingTimeoutException(
        string responseId,
        ModelResponse? lastResponse,
        TimeSpan elapsed,
        bool cancelRequested = false,
        Exception? cancelException = null,
        Exception? innerException = null)
        : base(FormatMessage(responseId, lastResponse, elapsed, cancelRequested, cancelException, innerException), innerException)
    {
        ResponseId = responseId;
        LastResponse = lastResponse;
        Elapsed = elapsed;
        CancelRequested = cancelRequested;
        CancelException = cancelException;
    }

    /// <summary>Gets the id of the response waited for.</summary>
    public virtual string? ResponseId { get; }

    /// <summary>
    /// Gets the last response seen: the server's answer to the cancel when one was sent and succeeded, otherwise
    /// the last one retrieved; <see langword="null"/> if no retrieval succeeded.
    /// </summary>
    public virtual ModelResponse? LastResponse { get; }

    /// <summary>Gets how long the wait lasted.</summary>
    public virtual TimeSpan Elapsed { get; }

    /// <summary>Gets a value indicating whether the SDK asked the server to cancel the job (<see cref="PollingOptions.CancelOnTimeout"/>).</summary>
    public virtual bool CancelRequested { get; }

    /// <summary>Gets why that cancel failed, or <see langword="null"/> if it succeeded or was not sent. A failing cancel never replaces this exception.</summary>
    public virtual Exception? CancelException { get; }

    private static string FormatMessage(string responseId, ModelResponse? lastResponse, TimeSpan elapsed, bool cancelRequested, Exception? cancelException, Exception? lastFailure)
    {
        var failure = lastFailure is null ? string.Empty : " The last retrieve failed: " + lastFailure.Message;
        var status = lastResponse?.Status?.Value ?? "unknown";
        var cancel = !cancelRequested ? " The job was left running."
            : cancelException is null ? " The job was cancelled on the server."
            : " Cancelling the job on the server failed: " + cancelException.Message;
        return string.Create(CultureInfo.InvariantCulture, $"Response {responseId} was still {status} after waiting {elapsed.TotalSeconds:0.###} s.{failure}{cancel}");
    }
}
