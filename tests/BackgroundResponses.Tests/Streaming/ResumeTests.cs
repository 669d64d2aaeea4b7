using System.Net;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class ResumeTests
{
    private static readonly IReadOnlyList<SseEventData> Events = RecordedStream.Events;
    private static readonly int[] Boundaries = RecordedStream.Boundaries(Events);

    public static TheoryData<int, bool, CutKind> EveryCut()
    {
        var data = new TheoryData<int, bool, CutKind>();
        for (var k = 1; k < Events.Count; k++)
        {
            data.Add(k, false, CutKind.Reset);
            data.Add(k, true, CutKind.Reset);
        }

        // Clean ends (a server or proxy closing the body early) at a spread of points.
        foreach (var k in new[] { 1, 2, 3, 41, 200, 334, 335 })
        {
            data.Add(k, false, CutKind.CleanEnd);
            data.Add(k, true, CutKind.CleanEnd);
        }

        return data;
    }

    /// <summary>Cut after k whole events (midEvent: false) or half-way into event k (midEvent: true).</summary>
    [Theory]
    [MemberData(nameof(EveryCut))]
    public async Task CutAtEveryBoundaryAndMidEvent_AssemblesTheSameTextWithNoGapAndNoRepeat(int k, bool midEvent, CutKind kind)
    {
        var cutAt = midEvent ? Boundaries[k] + ((Boundaries[k + 1] - Boundaries[k]) / 2) : Boundaries[k];
        var server = new InMemoryStreamingServer(Events) { Cut = i => i == 0 ? (cutAt, kind) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(RecordedStream.Text, StreamTestClient.Text(events));
        StreamTestClient.AssertGapless(events);
        Assert.Equal(336, events.Count);
        Assert.Equal([null, (k - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)], server.StartingAfterValues);
        Assert.All(server.Bodies, b => Assert.True(b.Disposed));
    }

    [Fact]
    public async Task ServerThatIgnoresStartingAfter_HasItsRepeatsDropped()
    {
        var server = new ReplayEverythingServer(Events, cutFirstAfter: Boundaries[100]);
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(RecordedStream.Text, StreamTestClient.Text(events));
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task RepeatedDrops_EachAfterProgress_ResetTheBudget()
    {
        // Every connection delivers 10 new events then breaks: 34 reconnections, far over MaxResumeAttempts.
        var server = new InMemoryStreamingServer(Events);
        server.Cut = i =>
        {
            var start = Math.Min(i * 10, Events.Count);
            var end = Math.Min(start + 10, Events.Count);
            var local = RecordedStream.Boundaries(Events.Skip(start).ToList());
            return end >= Events.Count ? (null, CutKind.CleanEnd) : (local[end - start], CutKind.Reset);
        };
        var client = StreamTestClient.Create(server, o => o.MaxResumeAttempts = 2);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(34, server.StreamConnections);
    }

    [Fact]
    public async Task ReconnectionsThatNeverProgress_GiveUpWithATypedErrorCarryingTheResumeToken()
    {
        var server = new InMemoryStreamingServer(Events) { Cut = i => i == 0 ? (Boundaries[42], CutKind.Reset) : (0, CutKind.Reset) };
        var client = StreamTestClient.Create(server, o => o.MaxResumeAttempts = 3);
        var seen = new List<ResponseStreamEvent>();

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(async () =>
        {
            await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
            {
                seen.Add(e);
            }
        });

        Assert.Equal(42, seen.Count);
        Assert.Equal(RecordedStream.ResponseId, ex.ResponseId);
        Assert.Equal(41, ex.LastSequenceNumber);
        Assert.Equal(new ResponseResumeToken(RecordedStream.ResponseId, 41), ex.ResumeToken);
        Assert.IsType<IOException>(ex.InnerException);
        // The first connection, then MaxResumeAttempts reconnections for the one drop.
        Assert.Equal(1 + 3, server.StreamConnections);
    }

    [Fact]
    public async Task TransientErrorsWhileReconnecting_AreRetried()
    {
        var server = new InMemoryStreamingServer(Events)
        {
            Cut = i => i == 0 ? (Boundaries[5], CutKind.Reset) : (null, CutKind.CleanEnd),
            Override = i => i is 1 or 2
                ? InMemoryStreamingServer.Json(i == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.TooManyRequests, """{"error":{"message":"busy","type":"server_error","param":null,"code":null}}""")
                : null,
        };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(4, server.StreamConnections);
    }

    [Fact]
    public async Task IdleConnection_IsAbandonedAndResumed()
    {
        var server = new InMemoryStreamingServer(Events) { Cut = i => i == 0 ? (Boundaries[7], CutKind.Stall) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server, o => o.IdleTimeout = TimeSpan.FromMilliseconds(200));

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(["6"], server.StartingAfterValues.Skip(1));
        Assert.True(server.Bodies[0].Disposed);
    }

    [Theory]
    [InlineData("This response can no longer be streamed because it is more than 5 minutes old.", null)]
    [InlineData("This response cannot be streamed because it was not created with background=true.", "stream")]
    public async Task RefusedRestream_FallsBackToPolling_AndEndsWithThePolledFinalResponse(string message, string? param)
    {
        var paramJson = param is null ? "null" : "\"" + param + "\"";
        var refusal = $$$"""{"error":{"message":"{{{message}}}","type":"invalid_request_error","param":{{{paramJson}}},"code":null}}""";
        var final = TestFixtures.Read("recorded", "background-stream.retrieve-completed.json");
        var server = new InMemoryStreamingServer(Events)
        {
            Cut = i => i == 0 ? (Boundaries[50], CutKind.Reset) : (null, CutKind.CleanEnd),
            Override = i => i == 1 ? InMemoryStreamingServer.Json(HttpStatusCode.BadRequest, refusal) : null,
            RetrieveBody = i => i == 0 ? final.Replace("\"completed\"", "\"in_progress\"", StringComparison.Ordinal) : final,
        };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(51, events.Count);
        var polled = Assert.IsType<ResponsePolledEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Completed, polled.Response.Status);
        Assert.Null(polled.SequenceNumber);
        Assert.Null(polled.ResumeToken);
        Assert.Equal(ResponsePolledEvent.EventType, polled.Type);
        Assert.IsType<ResponsesApiException>(polled.Cause);
        Assert.Equal(2, server.Retrievals);
        Assert.Equal(RecordedStream.Text, (await ToAsync(events).ToResponseAsync()).OutputText);
    }

    [Fact]
    public async Task RefusedRestream_WithFallbackOff_Throws()
    {
        var server = new InMemoryStreamingServer(Events)
        {
            Override = _ => InMemoryStreamingServer.Json(HttpStatusCode.BadRequest, """{"error":{"message":"This response can no longer be streamed because it is more than 5 minutes old.","type":"invalid_request_error","param":null,"code":null}}"""),
        };
        var client = StreamTestClient.Create(server, o => o.FallBackToPolling = false);

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_old")));

        Assert.Equal(400, Assert.IsType<ResponsesApiException>(ex.InnerException).Status);
        Assert.Equal(0, server.Retrievals);
    }

    [Fact]
    public async Task NotFound_IsNotRetriedAndSurfacesAsApiError()
    {
        var server = new InMemoryStreamingServer(Events)
        {
            Override = _ => InMemoryStreamingServer.Json(HttpStatusCode.NotFound, """{"error":{"message":"Response with id 'resp_x' not found.","type":"invalid_request_error","param":null,"code":null}}"""),
        };
        var client = StreamTestClient.Create(server);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_x")));

        Assert.Equal(404, ex.Status);
        Assert.Equal(1, server.StreamConnections);
    }

    [Fact]
    public async Task StreamThatEndsWithoutTerminal_ForACancelledResponse_EndsWithThePolledState()
    {
        // A cancelled background response has no terminal stream event: the body just ends.
        var cancelled = TestFixtures.Read("recorded", "cancel.cancel-response.json");
        var server = new InMemoryStreamingServer(Events)
        {
            Cut = i => i == 0 ? (Boundaries[30], CutKind.CleanEnd) : (0, CutKind.CleanEnd),
            RetrieveBody = _ => cancelled,
        };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(31, events.Count);
        Assert.Equal(ResponseStatus.Cancelled, Assert.IsType<ResponsePolledEvent>(events[^1]).Response.Status);
        Assert.Equal(2, server.StreamConnections);
    }

    [Fact]
    public async Task ResumeToken_FromAnyEvent_ContinuesRightAfterIt()
    {
        var server = new InMemoryStreamingServer(Events);
        var client = StreamTestClient.Create(server);
        ResponseResumeToken? saved = null;
        await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
        {
            if (e.SequenceNumber == 41)
            {
                saved = e.ResumeToken;
                break;
            }
        }

        var text = saved!.ToString();
        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(ResponseResumeToken.Parse(text)));

        Assert.Equal("41", server.StartingAfterValues.Last());
        StreamTestClient.AssertGapless(events, first: 42);
    }

    private static async IAsyncEnumerable<ResponseStreamEvent> ToAsync(IEnumerable<ResponseStreamEvent> events)
    {
        foreach (var e in events)
        {
            yield return e;
        }

        await Task.CompletedTask;
    }

    /// <summary>A server that ignores starting_after and replays from the start on every connection.</summary>
    private sealed class ReplayEverythingServer(IReadOnlyList<SseEventData> events, int cutFirstAfter) : HttpMessageHandler
    {
        public int Connections { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = new ScriptedBodyStream(RecordedStream.Frame(events), Connections++ == 0 ? cutFirstAfter : null, CutKind.Reset);
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
