using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class SseDecodingTests
{
    public static TheoryData<string, int> Matrix() => new()
    {
        { "\n", 4096 },
        { "\n", 1 },
        { "\r\n", 4096 },
        { "\r\n", 1 },
        { "\r", 4096 },
        { "\r", 1 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task RecordedStream_DecodesEveryEvent_ForEachLineEndingAndChunking(string newline, int chunkSize)
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Newline = newline, ChunkSize = chunkSize };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(336, events.Count);
        StreamTestClient.AssertGapless(events);
        Assert.IsType<ResponseCreatedEvent>(events[0]);
        Assert.IsType<ResponseQueuedEvent>(events[1]);
        Assert.IsType<ResponseInProgressEvent>(events[2]);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(RecordedStream.Text, StreamTestClient.Text(events));
        Assert.Equal(completed.Response.OutputText, StreamTestClient.Text(events));
        Assert.All(events, e => Assert.Equal(RecordedStream.ResponseId, e.ResponseId));
        Assert.Equal(1, server.StreamConnections);
        Assert.Null(Assert.Single(server.StartingAfterValues));
        Assert.Equal("text/event-stream", Assert.Single(server.Requests).Headers.Accept.Single().MediaType);
    }

    [Fact]
    public async Task StartingAfter_IsExclusive_AndSentAsTheQueryParameter()
    {
        var resumed = RecordedStream.Load("background-stream.resume-starting-after-1.sse");
        var server = new InMemoryStreamingServer(resumed);
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId, startingAfter: 1));

        Assert.Equal("1", Assert.Single(server.StartingAfterValues));
        Assert.Equal(2, events[0].SequenceNumber);
        Assert.IsType<ResponseInProgressEvent>(events[0]);
        StreamTestClient.AssertGapless(events, first: 2);
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
    }

    [Fact]
    public async Task StartingAfterZero_MeansFromTheSecondEvent()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId, startingAfter: 0));

        Assert.Equal("0", Assert.Single(server.StartingAfterValues));
        Assert.Equal(1, events[0].SequenceNumber);
        Assert.Equal(335, events.Count);
    }

    [Fact]
    public void NegativeStartingAfter_IsRejectedAtTheCall()
    {
        var client = StreamTestClient.Create(new InMemoryStreamingServer(RecordedStream.Events));

        Assert.Throws<ArgumentOutOfRangeException>(() => client.StreamAsync("resp_1", -1));
        Assert.Throws<ArgumentException>(() => client.StreamAsync("resp 1"));
    }

    [Fact]
    public async Task UnknownEventTypes_AreYieldedRaw_AndExtraFieldsTolerated()
    {
        var events = new List<SseEventData>
        {
            RecordedStream.Events[0],
            new("response.hologram.delta", 1, """{"type":"response.hologram.delta","sequence_number":1,"beam":{"x":1},"obfuscation":"abc"}"""),
            new("response.output_text.delta", 2, """{"type":"response.output_text.delta","sequence_number":2,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi","logprobs":[],"obfuscation":"zz9","brand_new_field":true}"""),
            RecordedStream.Events[^1] with { Data = RecordedStream.Events[^1].Data.Replace("\"sequence_number\":335", "\"sequence_number\":3", StringComparison.Ordinal), SequenceNumber = 3 },
        };
        var client = StreamTestClient.Create(new InMemoryStreamingServer(events));

        var read = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        var unknown = Assert.IsType<UnknownResponseStreamEvent>(read[1]);
        Assert.Equal("response.hologram.delta", unknown.Type);
        Assert.Equal(1, unknown.SequenceNumber);
        var delta = Assert.IsType<ResponseTextDeltaEvent>(read[2]);
        Assert.Equal("Hi", delta.Delta);
        Assert.True(delta.AdditionalProperties!.ContainsKey("brand_new_field"));
        Assert.IsType<ResponseCompletedEvent>(read[3]);
    }

    [Fact]
    public async Task DoneSentinel_AfterTheTerminalEvent_IsTolerated()
    {
        var body = RecordedStream.Frame(RecordedStream.Events);
        var withDone = body.Concat("data: [DONE]\n\n"u8.ToArray()).ToArray();
        var server = new RawBodyServer(_ => withDone);
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(336, events.Count);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task DoneSentinel_BeforeTheTerminalEvent_EndsTheConnection_AndTheStreamResumes()
    {
        var firstTen = RecordedStream.Frame(RecordedStream.Events.Take(10)).Concat("data: [DONE]\n\n"u8.ToArray()).ToArray();
        var server = new RawBodyServer(index => index == 0 ? firstTen : RecordedStream.Frame(RecordedStream.Events.Skip(10)));
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(336, events.Count);
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task CommentsAndEventsWithoutData_AreIgnored()
    {
        var body = ": keep-alive\n\nevent: ping\n\n"u8.ToArray().Concat(RecordedStream.Frame(RecordedStream.Events)).ToArray();
        var client = StreamTestClient.Create(new RawBodyServer(_ => body));

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(336, events.Count);
    }

    [Fact]
    public async Task OversizedEvent_FailsWithATypedErrorInsteadOfBuffering()
    {
        var huge = "{\"type\":\"response.output_text.delta\",\"sequence_number\":0,\"delta\":\"" + new string('x', 64 * 1024) + "\"}";
        var body = System.Text.Encoding.UTF8.GetBytes("data: " + huge + "\n\n");
        var client = StreamTestClient.Create(new RawBodyServer(_ => body), o => o.MaxEventSize = 16 * 1024);

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_big")));

        Assert.Contains("16384", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedEventJson_FailsWithASerializationErrorNamingTheEvent()
    {
        var body = "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"sequence_number\":\"zero\"}\n\n"u8.ToArray();
        var client = StreamTestClient.Create(new RawBodyServer(_ => body));

        var ex = await Assert.ThrowsAsync<ResponsesSerializationException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_bad")));

        Assert.Contains("response.output_text.delta", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonAnswerWhereAStreamWasExpected_FailsClearly()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events)
        {
            Override = _ => InMemoryStreamingServer.Json(System.Net.HttpStatusCode.OK, """{"id":"resp_1","status":"completed"}"""),
        };
        var client = StreamTestClient.Create(server);

        var ex = await Assert.ThrowsAsync<ResponsesSerializationException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_1")));

        Assert.Contains("text/event-stream", ex.Message, StringComparison.Ordinal);
    }
}
