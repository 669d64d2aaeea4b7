namespace BackgroundResponses;

/// <summary>
/// Where one reading of a response's stream stands: the response id, the cursor (the last sequence number
/// delivered) and what <see cref="ResumableEventStream.Decide"/> needs to know about what was delivered.
/// </summary>
internal sealed class StreamPosition
{
    /// <param name="responseId">The response id, when known up front (not for a streaming create).</param>
    /// <param name="lastSequenceNumber">The last sequence number the caller already has, or <see langword="null"/> for none.</param>
    public StreamPosition(string? responseId, int? lastSequenceNumber)
    {
        ResponseId = responseId;
        LastSequenceNumber = lastSequenceNumber;
    }

    /// <summary>Gets the response id, or <see langword="null"/> until a lifecycle event names it.</summary>
    public string? ResponseId { get; private set; }

    /// <summary>Gets the cursor: the sequence number of the last event delivered, sent as <c>starting_after</c> on resume.</summary>
    public int? LastSequenceNumber { get; private set; }

    /// <summary>Gets the number of events delivered.</summary>
    public int Delivered { get; private set; }

    /// <summary>Gets the last <c>error</c> event delivered: if the stream then breaks, the response failed.</summary>
    public ResponseErrorEvent? ErrorEvent { get; private set; }

    /// <summary>Gets or sets the number of repeated events skipped so far.</summary>
    public int RepeatsSkipped { get; set; }

    /// <summary>Gets or sets the number of times the stream was resumed after a break.</summary>
    public int Resumes { get; set; }

    /// <summary>Whether <paramref name="streamEvent"/> was delivered already: its number is at or below the cursor.</summary>
    /// <remarks>An event without a number, or a position without a cursor, compares false (lifted <c>&lt;=</c>): never a repeat.</remarks>
    public bool IsRepeat(ResponseStreamEvent streamEvent) => streamEvent.SequenceNumber <= LastSequenceNumber;

    /// <summary>Records that <paramref name="streamEvent"/> is handed to the caller, and stamps it with the response id.</summary>
    public void Deliver(ResponseStreamEvent streamEvent)
    {
        if (ResponseId is null && streamEvent is ResponseLifecycleEvent { Response.Id: { Length: > 0 } createdId })
        {
            ResponseId = createdId;
        }

        streamEvent.ResponseId = ResponseId;
        Delivered++;
        LastSequenceNumber = streamEvent.SequenceNumber ?? LastSequenceNumber;
        if (streamEvent is ResponseErrorEvent error)
        {
            ErrorEvent = error;
        }
    }
}
