using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class ErrorEventTests
{
    private const string FlatError = """{"type":"error","code":"server_error","message":"The model crashed.","param":null,"sequence_number":3}""";
    private const string NestedError = """{"type":"error","sequence_number":3,"error":{"type":"server_error","code":"server_error","message":"The model crashed.","param":null}}""";

    public static TheoryData<string> ErrorShapes() => new() { FlatError, NestedError };

    [Theory]
    [MemberData(nameof(ErrorShapes))]
    public async Task ConsumerReadingOnlyTextDeltas_StillGetsAnException(string errorJson)
    {
        var events = RecordedStream.Events.Take(3).Append(new SseEventData("error", 3, errorJson)).ToList();
        var server = new InMemoryStreamingServer(events);
        var client = StreamTestClient.Create(server);
        var text = string.Empty;

        var ex = await Assert.ThrowsAsync<ResponseErrorEventException>(async () =>
        {
            await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
            {
                if (e is ResponseTextDeltaEvent delta)
                {
                    text += delta.Delta;
                }
            }
        });

        Assert.Equal("server_error", ex.Code);
        Assert.Contains("The model crashed.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(RecordedStream.ResponseId, ex.ResponseId);
        Assert.Equal(3, ex.ErrorEvent!.SequenceNumber);
        Assert.Equal(1, server.StreamConnections);
    }

    [Theory]
    [MemberData(nameof(ErrorShapes))]
    public async Task ErrorEvent_IsDeliveredBeforeTheException(string errorJson)
    {
        var events = RecordedStream.Events.Take(3).Append(new SseEventData("error", 3, errorJson)).ToList();
        var client = StreamTestClient.Create(new InMemoryStreamingServer(events));
        ResponseErrorEvent? seen = null;

        await Assert.ThrowsAsync<ResponseErrorEventException>(async () =>
        {
            await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
            {
                seen ??= e as ResponseErrorEvent;
            }
        });

        Assert.NotNull(seen);
        Assert.Equal("The model crashed.", seen.Message);
        Assert.Equal("server_error", seen.Code);
    }

    [Fact]
    public async Task ErrorFollowedByATerminalEvent_EndsNormally()
    {
        var failed = """{"type":"response.failed","sequence_number":4,"response":{"id":"resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138","object":"response","created_at":1,"status":"failed","error":{"code":"server_error","message":"The model crashed."},"output":[]}}""";
        var events = RecordedStream.Events.Take(3)
            .Append(new SseEventData("error", 3, FlatError))
            .Append(new SseEventData("response.failed", 4, failed))
            .ToList();
        var client = StreamTestClient.Create(new InMemoryStreamingServer(events));

        var response = await client.StreamAsync(RecordedStream.ResponseId).ToResponseAsync();

        Assert.Equal(ResponseStatus.Failed, response.Status);
        Assert.Equal("The model crashed.", response.Error!.Message);
    }
}
