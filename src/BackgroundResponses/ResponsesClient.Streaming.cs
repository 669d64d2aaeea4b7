namespace BackgroundResponses;

/// <content>Streaming: create-and-stream, stream from a cursor, and resume from a token.</content>
public partial class ResponsesClient
{
    /// <summary>
    /// Creates a background response and streams its events (<c>POST /responses</c> with
    /// <c>background: true, stream: true</c>). If the connection drops, the stream resumes by itself from the
    /// last event delivered; events arrive once each, in order, as soon as their bytes do.
    /// </summary>
    /// <param name="request">What to generate.</param>
    /// <param name="cancellationToken">Stops reading and releases the connection (the background job goes on: use <see cref="CancelAsync"/> to stop it).</param>
    /// <returns>The events, ending after <c>response.completed</c>, <c>response.failed</c> or <c>response.incomplete</c> (or a <see cref="ResponsePolledEvent"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The request sets <c>background</c> or <c>stream</c> through its additional properties.</exception>
    /// <exception cref="ResponsesStreamException">While enumerating: the stream could not be continued (reconnections kept failing, the server refused to resume and <see cref="StreamingOptions.FallBackToPolling"/> is off, an event exceeded <see cref="StreamingOptions.MaxEventSize"/>); its <see cref="Exception.InnerException"/> says why, and <see cref="ResponsesStreamException.ResumeToken"/> where to go on.</exception>
    /// <exception cref="ResponseErrorEventException">While enumerating: the server sent an <c>error</c> event and no terminal event followed.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: an event could not be read.</exception>
    /// <exception cref="ResponsesPollingTimeoutException">While enumerating: the stream was being finished by polling and <see cref="PollingOptions.MaxWait"/> of <see cref="StreamingOptions.Polling"/> passed.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: the create was refused (400, 401, 429, …), a resume was answered with a status that is not transient, or the polling that finishes a refused stream was.</exception>
    /// <exception cref="ResponseCreateOutcomeUnknownException">While enumerating: the create was sent but no answer came; a background job may exist. It is never sent again.</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: the create surely never reached the server (connection refused, host not found, TLS failure), so nothing was started; or the polling that finishes a refused stream got no answer <see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> times in a row.</exception>
    /// <remarks>
    /// The create request itself is sent once and never repeated (a repeat could start a second paid job); after a
    /// drop the stream resumes with <c>GET …?stream=true&amp;starting_after=N</c>, which repeats the request's
    /// <see cref="CreateResponseRequest.Include"/> and <see cref="ResponseStreamOptions.IncludeObfuscation"/> as
    /// <c>include[]</c> and <c>include_obfuscation</c>. Nothing is sent until enumeration starts.
    /// </remarks>
    public virtual IAsyncEnumerable<ResponseStreamEvent> CreateStreamingAsync(CreateResponseRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Serialized now, so that a bad request throws at the call rather than at the first MoveNextAsync; each
        // enumeration sends its own content (a second enumeration is a second create, as with any cold sequence).
        var body = CreateResponseContent.Serialize(request, background: true, stream: true);

        // Resumes ask for the same events as the create did: its include list and its stream_options.include_obfuscation,
        // taken now so that later changes to the request cannot make one reconnection differ from another.
        var resumeQuery = new ResponseRetrieveOptions { Include = request.Include, IncludeObfuscation = request.StreamOptions?.IncludeObfuscation }
            .AppendTo(new QueryString())
            .ToContinuation();
        return ResponsesTelemetry.TraceStream(_stream.ReadAsync(
            () => _pipeline.CreateRequest(RequestKind.CreateStream, HttpMethod.Post, _pipeline.Endpoint.Responses(), CreateResponseContent.ToContent(body)),
            responseId: null,
            startingAfter: null,
            resumeQuery,
            cancellationToken),
            ResponsesTelemetry.CreateStreamingActivity,
            responseId: null,
            _pipeline.Endpoint.BaseAddress);
    }

    /// <summary>
    /// Streams the events of a background response (<c>GET /responses/{id}?stream=true&amp;starting_after=N</c>),
    /// resuming by itself after a dropped connection and finishing by polling if the server will not stream it again.
    /// </summary>
    /// <param name="responseId">The response id (of a response created with <c>background: true, stream: true</c>).</param>
    /// <param name="startingAfter">
    /// The sequence number of the last event already seen: streaming starts with the event after it. Sequence
    /// numbers start at 0, so <see langword="null"/> (the default) means from the first event, and 0 means from the second.
    /// </param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    /// <returns>The events after <paramref name="startingAfter"/>, ending after a terminal event (or a <see cref="ResponsePolledEvent"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is invalid, or <paramref name="startingAfter"/> is negative.</exception>
    /// <exception cref="ResponsesStreamException">While enumerating: the stream could not be continued (reconnections kept failing, the server refused to resume and <see cref="StreamingOptions.FallBackToPolling"/> is off, an event exceeded <see cref="StreamingOptions.MaxEventSize"/>); its <see cref="Exception.InnerException"/> says why, and <see cref="ResponsesStreamException.ResumeToken"/> where to go on.</exception>
    /// <exception cref="ResponseErrorEventException">While enumerating: the server sent an <c>error</c> event and no terminal event followed.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: an event could not be read.</exception>
    /// <exception cref="ResponsesPollingTimeoutException">While enumerating: the stream was being finished by polling and <see cref="PollingOptions.MaxWait"/> of <see cref="StreamingOptions.Polling"/> passed.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: a connection (the first or a resume) was answered with a status that is not transient (404 for an unknown id, 401, …) and is not a refusal to re-stream; or the polling that finishes a refused stream was.</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: the polling that finishes a refused stream got no answer <see cref="PollingOptions.MaxConsecutiveNetworkFailures"/> times in a row. (Connections that get no answer are resumed, and end as a <see cref="ResponsesStreamException"/> whose inner exception is this one.)</exception>
    public virtual IAsyncEnumerable<ResponseStreamEvent> StreamAsync(string responseId, int? startingAfter = null, CancellationToken cancellationToken = default) =>
        StreamCore(responseId, startingAfter, options: null, cancellationToken);

    /// <summary>
    /// Streams the events of a background response like <see cref="StreamAsync(string, int?, CancellationToken)"/>, with
    /// extra data included (<c>include[]</c>) or the obfuscation padding of delta events turned off (<c>include_obfuscation=false</c>).
    /// Every reconnection sends the same options.
    /// </summary>
    /// <param name="responseId">The response id (of a response created with <c>background: true, stream: true</c>).</param>
    /// <param name="startingAfter">The sequence number of the last event already seen, or <see langword="null"/> for the whole stream.</param>
    /// <param name="options">What to include; <see langword="null"/> for the server defaults. Read once, at the call.</param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    /// <returns>The events after <paramref name="startingAfter"/>, ending after a terminal event (or a <see cref="ResponsePolledEvent"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is invalid, <paramref name="startingAfter"/> is negative, or <see cref="ResponseRetrieveOptions.Include"/> holds an empty value.</exception>
    /// <exception cref="ResponsesStreamException">While enumerating: the stream could not be continued; as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponseErrorEventException">While enumerating: the server sent an <c>error</c> event and no terminal event followed.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: an event could not be read.</exception>
    /// <exception cref="ResponsesPollingTimeoutException">While enumerating: the polling that finishes a refused stream ran past its <see cref="PollingOptions.MaxWait"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/> (and 400 for an include the server does not know).</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <remarks>A stream finished by polling sends the same options with its retrieves, so its <see cref="ResponsePolledEvent"/> carries the same includes.</remarks>
    public virtual IAsyncEnumerable<ResponseStreamEvent> StreamAsync(string responseId, int? startingAfter, ResponseRetrieveOptions? options, CancellationToken cancellationToken = default) =>
        StreamCore(responseId, startingAfter, options, cancellationToken);

    /// <summary>Goes on with a stream from where a <see cref="ResponseResumeToken"/> says it stopped, in this process or another.</summary>
    /// <param name="resumeToken">The token, for example from <see cref="ResponseStreamEvent.ResumeToken"/> or <see cref="ResponseResumeToken.Parse"/>.</param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    /// <returns>The events after the token's position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resumeToken"/> is <see langword="null"/>.</exception>
    /// <exception cref="ResponsesStreamException">While enumerating: the stream could not be continued; as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponseErrorEventException">While enumerating: the server sent an <c>error</c> event and no terminal event followed.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: an event could not be read.</exception>
    /// <exception cref="ResponsesPollingTimeoutException">While enumerating: the polling that finishes a refused stream ran past its <see cref="PollingOptions.MaxWait"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual IAsyncEnumerable<ResponseStreamEvent> StreamAsync(ResponseResumeToken resumeToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resumeToken);
        return StreamAsync(resumeToken.ResponseId, resumeToken.LastSequenceNumber, cancellationToken);
    }

    /// <summary>Goes on with a stream from where a <see cref="ResponseResumeToken"/> says it stopped, with the same options the stream was read with.</summary>
    /// <param name="resumeToken">The token, for example from <see cref="ResponseStreamEvent.ResumeToken"/> or <see cref="ResponseResumeToken.Parse"/>.</param>
    /// <param name="options">What to include, as when the stream was first read (the token does not carry it); <see langword="null"/> for the server defaults.</param>
    /// <param name="cancellationToken">Stops reading and releases the connection.</param>
    /// <returns>The events after the token's position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="resumeToken"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><see cref="ResponseRetrieveOptions.Include"/> holds an empty value.</exception>
    /// <exception cref="ResponsesStreamException">While enumerating: the stream could not be continued; as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponseErrorEventException">While enumerating: the server sent an <c>error</c> event and no terminal event followed.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: as for <see cref="StreamAsync(string, int?, CancellationToken)"/>.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: an event could not be read.</exception>
    /// <exception cref="ResponsesPollingTimeoutException">While enumerating: the polling that finishes a refused stream ran past its <see cref="PollingOptions.MaxWait"/>.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual IAsyncEnumerable<ResponseStreamEvent> StreamAsync(ResponseResumeToken resumeToken, ResponseRetrieveOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resumeToken);
        return StreamCore(resumeToken.ResponseId, resumeToken.LastSequenceNumber, options, cancellationToken);
    }

    /// <summary>The checks and the stream behind every <c>StreamAsync</c> overload; not virtual, so overriding one overload changes no other.</summary>
    private IAsyncEnumerable<ResponseStreamEvent> StreamCore(string responseId, int? startingAfter, ResponseRetrieveOptions? options, CancellationToken cancellationToken)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        if (startingAfter is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(startingAfter), startingAfter, "starting_after is a sequence number: 0 or more, or null for the whole stream.");
        }

        QueryString.ValidateIncludes(options?.Include, nameof(options));

        // Fixed now: every connection of this stream, the first and each resume, sends exactly these parameters.
        var resumeQuery = options?.AppendTo(new QueryString()).ToContinuation() ?? string.Empty;
        return ResponsesTelemetry.TraceStream(_stream.ReadAsync(createFirst: null, responseId, startingAfter, resumeQuery, cancellationToken), ResponsesTelemetry.StreamActivity, responseId, _pipeline.Endpoint.BaseAddress);
    }
}
