using System.Net;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// The parts of the resume loop one at a time: the read step (<see cref="ResumableEventStream.ReadNextAsync"/>: an
/// event, a clean end or a drop, repeats skipped) and the decision after a break (<see cref="ResumableEventStream.Decide"/>).
/// The whole loop against scripted servers is in <see cref="ResumeTests"/>.
/// </summary>
public class ResumableEventStreamTests
{
    private const string Id = RecordedStream.ResponseId;

    private static readonly IReadOnlyList<SseEventData> Events = RecordedStream.Events;
    private static readonly int[] Boundaries = RecordedStream.Boundaries(Events);

    [Fact]
    public async Task ReadNextAsync_WholeEvents_ReturnsThemInOrder()
    {
        await using var connection = await OpenAsync(RecordedStream.Frame(Events));

        var first = await Stream().ReadNextAsync(connection, new StreamPosition(Id, null));
        var second = await Stream().ReadNextAsync(connection, new StreamPosition(Id, null));

        Assert.IsType<ResponseCreatedEvent>(first.Event);
        Assert.Equal(0, first.Event.SequenceNumber);
        Assert.Equal(1, second.Event!.SequenceNumber);
        Assert.False(first.IsEnd || first.IsDrop);
    }

    [Fact]
    public async Task ReadNextAsync_BodyEndsCleanly_ReturnsEndRatherThanThrowing()
    {
        await using var connection = await OpenAsync(RecordedStream.Frame(Events.Take(2)));
        var position = new StreamPosition(Id, null);
        var stream = Stream();

        await stream.ReadNextAsync(connection, position);
        await stream.ReadNextAsync(connection, position);
        var end = await stream.ReadNextAsync(connection, position);

        Assert.True(end.IsEnd);
        Assert.False(end.IsDrop);
        Assert.Null(end.Event);
        Assert.Null(end.Failure);
    }

    [Fact]
    public async Task ReadNextAsync_DoneSentinel_ReturnsEnd()
    {
        var body = RecordedStream.Frame(Events.Take(1)).Concat("data: [DONE]\n\n"u8.ToArray()).Concat(RecordedStream.Frame(Events.Skip(1).Take(1))).ToArray();
        await using var connection = await OpenAsync(body);
        var position = new StreamPosition(Id, null);

        await Stream().ReadNextAsync(connection, position);
        var end = await Stream().ReadNextAsync(connection, position);

        Assert.True(end.IsEnd);
    }

    [Fact]
    public async Task ReadNextAsync_ConnectionResetMidEvent_ReturnsADropCarryingTheIOException()
    {
        await using var connection = await OpenAsync(RecordedStream.Frame(Events), cutAt: Boundaries[1] + 10, CutKind.Reset);
        var position = new StreamPosition(Id, null);

        var first = await Stream().ReadNextAsync(connection, position);
        var drop = await Stream().ReadNextAsync(connection, position);

        Assert.NotNull(first.Event);
        Assert.True(drop.IsDrop);
        Assert.Null(drop.Event);
        Assert.IsType<IOException>(drop.Failure);
    }

    [Fact]
    public async Task ReadNextAsync_ServerSilentForTheIdleTimeout_ReturnsADropCarryingATimeoutException()
    {
        var time = new FakeTimeProvider();
        var options = new StreamingOptions { IdleTimeout = TimeSpan.FromSeconds(30) };
        await using var connection = await OpenAsync(RecordedStream.Frame(Events), cutAt: Boundaries[1], CutKind.Stall, options, time);
        var position = new StreamPosition(Id, null);
        await Stream().ReadNextAsync(connection, position);

        var pending = Stream().ReadNextAsync(connection, position).AsTask();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var drop = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(drop.IsDrop);
        var timeout = Assert.IsType<TimeoutException>(drop.Failure);
        Assert.Contains("IdleTimeout", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadNextAsync_ServerSilentWithACancellableCallerToken_StillReportsAnIdleDrop()
    {
        // The connection's one token source is then linked to the caller's: an idle timeout must not look like a cancel.
        using var cancel = new CancellationTokenSource();
        var time = new FakeTimeProvider();
        var options = new StreamingOptions { IdleTimeout = TimeSpan.FromSeconds(30) };
        await using var connection = await OpenAsync(RecordedStream.Frame(Events), cutAt: Boundaries[1], CutKind.Stall, options, time, cancellationToken: cancel.Token);
        var position = new StreamPosition(Id, null);
        await Stream().ReadNextAsync(connection, position);

        var pending = Stream().ReadNextAsync(connection, position).AsTask();
        time.Advance(TimeSpan.FromSeconds(30));
        var drop = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(drop.IsDrop);
        Assert.IsType<TimeoutException>(drop.Failure);
        Assert.False(cancel.IsCancellationRequested);
    }

    [Fact]
    public async Task ReadNextAsync_CallerCancelsWithAnIdleTimeoutRunning_ThrowsRatherThanReportingADrop()
    {
        using var cancel = new CancellationTokenSource();
        var time = new FakeTimeProvider();
        var options = new StreamingOptions { IdleTimeout = TimeSpan.FromSeconds(30) };
        await using var connection = await OpenAsync(RecordedStream.Frame(Events), cutAt: Boundaries[1], CutKind.Stall, options, time, cancellationToken: cancel.Token);
        var position = new StreamPosition(Id, null);
        await Stream().ReadNextAsync(connection, position);

        var pending = Stream().ReadNextAsync(connection, position).AsTask();
        time.Advance(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));

        // The idle check that comes due afterwards finds the source cancelled already and does nothing.
        time.Advance(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ReadNextAsync_CallerCancels_ThrowsRatherThanReportingADrop()
    {
        using var cancel = new CancellationTokenSource();
        await using var connection = await OpenAsync(RecordedStream.Frame(Events), cutAt: Boundaries[1], CutKind.Stall, cancellationToken: cancel.Token);
        var position = new StreamPosition(Id, null);
        await Stream().ReadNextAsync(connection, position);

        var pending = Stream().ReadNextAsync(connection, position).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ReadNextAsync_EventThatCannotBeRead_ThrowsRatherThanReportingADrop()
    {
        await using var connection = await OpenAsync("event: response.created\ndata: {\"type\":\"response.created\",\"response\":42}\n\n"u8.ToArray());

        await Assert.ThrowsAsync<ResponsesSerializationException>(async () => await Stream().ReadNextAsync(connection, new StreamPosition(Id, null)));
    }

    [Fact]
    public async Task ReadNextAsync_EventsAtOrBelowTheCursor_AreSkippedAndCounted()
    {
        // A server that ignores starting_after replays from the start.
        await using var connection = await OpenAsync(RecordedStream.Frame(Events));
        var position = new StreamPosition(Id, lastSequenceNumber: 4);

        var read = await Stream().ReadNextAsync(connection, position);

        Assert.Equal(5, read.Event!.SequenceNumber);
        Assert.Equal(5, position.RepeatsSkipped);
    }

    [Fact]
    public async Task ReadNextAsync_OnlyRepeatsThenTheEnd_ReturnsEnd()
    {
        await using var connection = await OpenAsync(RecordedStream.Frame(Events.Take(3)));
        var position = new StreamPosition(Id, lastSequenceNumber: 2);

        var read = await Stream().ReadNextAsync(connection, position);

        Assert.True(read.IsEnd);
        Assert.Equal(3, position.RepeatsSkipped);
    }

    [Fact]
    public async Task ReadNextAsync_EventWithoutASequenceNumber_IsNeverTakenForARepeat()
    {
        await using var connection = await OpenAsync("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"item_id\":\"m\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\"}\n\n"u8.ToArray());
        var position = new StreamPosition(Id, lastSequenceNumber: 40);

        var read = await Stream().ReadNextAsync(connection, position);

        Assert.Equal("Hi", Assert.IsType<ResponseTextDeltaEvent>(read.Event).Delta);
        Assert.Null(read.Event.SequenceNumber);
        Assert.Equal(0, position.RepeatsSkipped);
    }

    [Fact]
    public async Task ReadNextAsync_ByteByByte_GivesTheSameEvents()
    {
        // Every read then waits for bytes: the asynchronous path of the read step.
        await using var connection = await OpenAsync(RecordedStream.Frame(Events.Take(12)), chunkSize: 1);
        var position = new StreamPosition(Id, lastSequenceNumber: 5);
        var numbers = new List<int?>();

        for (var read = await Stream().ReadNextAsync(connection, position); read.Event is { } next; read = await Stream().ReadNextAsync(connection, position))
        {
            position.Deliver(next);
            numbers.Add(next.SequenceNumber);
        }

        Assert.Equal([6, 7, 8, 9, 10, 11], numbers);
        Assert.Equal(6, position.RepeatsSkipped);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decide_DropOrCleanEndAfterEventsWithSequenceNumbers_Resumes(bool cleanEnd)
    {
        var decision = ResumableEventStream.Decide(Break(cleanEnd ? StreamBreakKind.Ended : StreamBreakKind.Dropped), Delivered(Id, count: 42), new StreamingOptions());

        Assert.Equal(StreamAction.Resume, decision.Action);
        Assert.Null(decision.Error);
    }

    [Fact]
    public void Decide_DropBeforeTheFirstEventOfAResume_Resumes()
    {
        // StreamAsync(id, startingAfter: 41): the id and the cursor are known before any event arrives.
        var decision = ResumableEventStream.Decide(Break(StreamBreakKind.Dropped), new StreamPosition(Id, 41), new StreamingOptions());

        Assert.Equal(StreamAction.Resume, decision.Action);
    }

    [Fact]
    public void Decide_DropAfterAnErrorEvent_GivesUpWithTheErrorEvent()
    {
        var position = Delivered(Id, count: 3);
        position.Deliver(new ResponseErrorEvent { SequenceNumber = 3, Code = "server_error", Message = "The model crashed." });

        var decision = ResumableEventStream.Decide(Break(StreamBreakKind.Ended), position, new StreamingOptions());

        Assert.Equal(StreamAction.GiveUp, decision.Action);
        var error = Assert.IsType<ResponseErrorEventException>(decision.Error);
        Assert.Equal("server_error", error.Code);
        Assert.Equal(3, error.ErrorEvent!.SequenceNumber);
    }

    [Fact]
    public void Decide_DropAfterEventsWithoutSequenceNumbers_GivesUpRatherThanRepeatThem()
    {
        var position = new StreamPosition(Id, null);
        position.Deliver(new ResponseTextDeltaEvent { Delta = "Hi" });

        var decision = ResumableEventStream.Decide(Break(StreamBreakKind.Dropped), position, new StreamingOptions());

        Assert.Equal(StreamAction.GiveUp, decision.Action);
        var error = Assert.IsType<ResponsesStreamException>(decision.Error);
        Assert.Contains("sequence_number", error.Message, StringComparison.Ordinal);
        Assert.Equal(Id, error.ResponseId);
        Assert.Null(error.LastSequenceNumber);
        Assert.IsType<IOException>(error.InnerException);
    }

    [Fact]
    public void Decide_DropBeforeTheResponseIdIsKnown_GivesUpSayingSo()
    {
        // A streaming create whose connection broke before response.created.
        var decision = ResumableEventStream.Decide(Break(StreamBreakKind.Dropped), new StreamPosition(null, null), new StreamingOptions());

        var error = Assert.IsType<ResponsesStreamException>(decision.Error);
        Assert.Equal(StreamAction.GiveUp, decision.Action);
        Assert.Contains("response id is unknown", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ResumeToken);
    }

    [Fact]
    public void Decide_DropWithMaxResumeAttemptsZero_GivesUpWithTheResumeToken()
    {
        var decision = ResumableEventStream.Decide(Break(StreamBreakKind.Dropped), Delivered(Id, count: 42), new StreamingOptions { MaxResumeAttempts = 0 });

        var error = Assert.IsType<ResponsesStreamException>(decision.Error);
        Assert.Contains("MaxResumeAttempts is 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ResponseResumeToken(Id, 41), error.ResumeToken);
    }

    [Fact]
    public void Decide_ResponseFinishedWithoutATerminalEvent_FinishesByPolling()
    {
        var finished = new StreamBreak(StreamBreakKind.Finished, new EndOfStreamException(), Final: new ModelResponse { Id = Id, Status = ResponseStatus.Cancelled });

        var decision = ResumableEventStream.Decide(finished, Delivered(Id, count: 30), new StreamingOptions());

        Assert.Equal(StreamAction.FinishByPolling, decision.Action);
    }

    [Fact]
    public void Decide_RestreamRefused_FinishesByPolling()
    {
        var decision = ResumableEventStream.Decide(new StreamBreak(StreamBreakKind.Refused, Refusal()), Delivered(Id, count: 50), new StreamingOptions());

        Assert.Equal(StreamAction.FinishByPolling, decision.Action);
    }

    [Fact]
    public void Decide_RestreamRefusedWithFallbackOff_GivesUpWithTheRefusal()
    {
        var refusal = Refusal();

        var decision = ResumableEventStream.Decide(new StreamBreak(StreamBreakKind.Refused, refusal), Delivered(Id, count: 50), new StreamingOptions { FallBackToPolling = false });

        var error = Assert.IsType<ResponsesStreamException>(decision.Error);
        Assert.Same(refusal, error.InnerException);
        Assert.Contains("more than 5 minutes old", error.Message, StringComparison.Ordinal);
        Assert.Equal(49, error.LastSequenceNumber);
    }

    [Fact]
    public void Decide_ReconnectionsExhausted_GivesUpWithTheLastCauseAndTheResumeToken()
    {
        var reset = new IOException("reset");

        var decision = ResumableEventStream.Decide(new StreamBreak(StreamBreakKind.Exhausted, reset, Attempts: 3), Delivered(Id, count: 42), new StreamingOptions());

        var error = Assert.IsType<ResponsesStreamException>(decision.Error);
        Assert.Same(reset, error.InnerException);
        Assert.Contains("after 3 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(new ResponseResumeToken(Id, 41), error.ResumeToken);
    }

    [Fact]
    public void Decide_ExhaustedEvenAfterAnErrorEvent_ReportsTheReconnections()
    {
        // Reconnection outcomes come first: the error event only decides a break of the connection being read.
        var position = Delivered(Id, count: 3);
        position.Deliver(new ResponseErrorEvent { SequenceNumber = 3 });

        var decision = ResumableEventStream.Decide(new StreamBreak(StreamBreakKind.Exhausted, new IOException("reset"), Attempts: 1), position, new StreamingOptions());

        Assert.IsType<ResponsesStreamException>(decision.Error);
    }

    [Fact]
    public async Task ReadAsync_FinishedByPolling_TheReadmeDedupeLoopKeepsThePolledEvent()
    {
        // The server refuses to resume after event 49, so the stream ends with the SDK's ResponsePolledEvent.
        var final = TestFixtures.Read("recorded", "background-stream.retrieve-completed.json");
        var server = new InMemoryStreamingServer(Events)
        {
            Cut = i => i == 0 ? (Boundaries[50], CutKind.Reset) : (null, CutKind.CleanEnd),
            Override = i => i == 1 ? InMemoryStreamingServer.Json(HttpStatusCode.BadRequest, """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":null,"code":null}}""") : null,
            RetrieveBody = _ => final,
        };
        var client = StreamTestClient.Create(server);
        var kept = new List<ResponseStreamEvent>();

        var last = -1;
        await foreach (var e in client.StreamAsync(Id))
        {
            if (e.SequenceNumber <= last)
            {
                continue;
            }

            last = e.SequenceNumber ?? last;
            kept.Add(e);
        }

        var polled = Assert.IsType<ResponsePolledEvent>(kept[^1]);
        Assert.Equal(51, kept.Count);
        Assert.Equal(49, last);
        Assert.Null(polled.SequenceNumber);
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);
    }

    [Fact]
    public async Task ReadAsync_CancelledResponseFinishedByRetrieve_TheReadmeDedupeLoopKeepsThePolledEvent()
    {
        // A cancelled response has no terminal event: the body just ends, and a retrieve finds it done.
        var cancelled = TestFixtures.Read("recorded", "cancel.cancel-response.json");
        var server = new InMemoryStreamingServer(Events)
        {
            Cut = i => i == 0 ? (Boundaries[30], CutKind.CleanEnd) : (0, CutKind.CleanEnd),
            RetrieveBody = _ => cancelled,
        };
        var client = StreamTestClient.Create(server);
        int? last = null;
        ResponseStreamEvent? lastKept = null;

        await foreach (var e in client.StreamAsync(Id))
        {
            if (e.SequenceNumber <= last)
            {
                continue;
            }

            last = e.SequenceNumber ?? last;
            lastKept = e;
        }

        Assert.Equal(ResponseStatus.Cancelled, Assert.IsType<ResponsePolledEvent>(lastKept).Response.Status);
        Assert.Equal(29, last);
        Assert.IsType<EndOfStreamException>(((ResponsePolledEvent)lastKept).Cause);
    }

    private static ResumableEventStream Stream(StreamingOptions? options = null)
    {
        // The read step and Decide never touch the network; the pipeline only has to exist.
        var pipeline = new ResponsesHttpPipeline(
            new HttpClient(new ScriptedHandler(ScriptedHandler.Throw(new InvalidOperationException("no request expected")))),
            new ResponsesEndpoint(new Uri("http://127.0.0.1:4010/v1/")),
            FakeApi.ApiKey,
            organization: null,
            project: null,
            applicationId: null,
            TimeProvider.System,
            NullLogger.Instance);
        return new ResumableEventStream(pipeline, options ?? new StreamingOptions(), new ResponsePollingPipeline(pipeline, TimeSpan.FromMinutes(1), NullLogger.Instance), TimeSpan.FromMinutes(1), NullLogger.Instance);
    }

    private static async Task<StreamConnection> OpenAsync(
        byte[] body,
        int? cutAt = null,
        CutKind kind = CutKind.CleanEnd,
        StreamingOptions? options = null,
        TimeProvider? time = null,
        int chunkSize = 4096,
        CancellationToken cancellationToken = default)
    {
        var content = new StreamContent(new ScriptedBodyStream(body, cutAt, kind, chunkSize));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return await StreamConnection.OpenAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = content }, options ?? new StreamingOptions(), time ?? TimeProvider.System, cancellationToken);
    }

    /// <summary>A position after the first <paramref name="count"/> recorded events.</summary>
    private static StreamPosition Delivered(string? responseId, int count)
    {
        var position = new StreamPosition(responseId, null);
        for (var i = 0; i < count; i++)
        {
            position.Deliver(new ResponseTextDeltaEvent { SequenceNumber = i });
        }

        return position;
    }

    private static StreamBreak Break(StreamBreakKind kind) =>
        kind == StreamBreakKind.Dropped ? StreamBreak.After(StreamRead.Drop(new IOException("reset"))) : StreamBreak.After(StreamRead.End);

    private static ResponsesApiException Refusal() =>
        new(400, "This response can no longer be streamed because it is more than 5 minutes old.", "invalid_request_error");
}
