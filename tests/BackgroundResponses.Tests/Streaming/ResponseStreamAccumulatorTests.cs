using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class ResponseStreamAccumulatorTests
{
    [Fact]
    public async Task ToResponseAsync_OfTheWholeStream_IsTheCompletedResponse()
    {
        var client = StreamTestClient.Create(new InMemoryStreamingServer(RecordedStream.Events));

        var response = await client.StreamAsync(RecordedStream.ResponseId).ToResponseAsync();

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(RecordedStream.Text, response.OutputText);
        Assert.Equal(329, response.Usage!.OutputTokens);
    }

    [Fact]
    public async Task ToResponseAsync_OfAResumedSuffix_WithoutResponseCreated_IsStillComplete()
    {
        var client = StreamTestClient.Create(new InMemoryStreamingServer(RecordedStream.Load("background-stream.resume-starting-after-1.sse")));

        var response = await client.StreamAsync(RecordedStream.ResponseId, startingAfter: 1).ToResponseAsync();

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(RecordedStream.Text, response.OutputText);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(40)]
    public void PartialStream_StartingAnywhere_BuildsTheTextSoFar(int start)
    {
        var accumulator = new ResponseStreamAccumulator();
        var events = RecordedStream.Events.Skip(start).Take(200 - start)
            .Select(e => System.Text.Json.JsonSerializer.Deserialize(e.Data, ResponsesJsonContext.Default.ResponseStreamEvent)!)
            .ToList();

        foreach (var e in events)
        {
            accumulator.Apply(e);
        }

        var response = accumulator.ToResponse()!;
        Assert.False(accumulator.IsComplete);
        Assert.Equal(StreamTestClient.Text(events), response.OutputText);
        Assert.Equal(199, accumulator.LastSequenceNumber);
        Assert.Equal(events.Count, accumulator.EventCount);
        if (start <= 2)
        {
            Assert.Equal(ResponseStatus.InProgress, response.Status);
            Assert.Equal(RecordedStream.ResponseId, response.Id);
        }
    }

    [Fact]
    public async Task ToResponseAsync_OfAnEmptyStream_Throws()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Empty().ToResponseAsync());

        static async IAsyncEnumerable<ResponseStreamEvent> Empty()
        {
            await Task.CompletedTask;
            yield break;
        }
    }

    [Fact]
    public void PartialStream_KeepsEveryWrittenPropertyOfTheLatestResponse()
    {
        var accumulator = new ResponseStreamAccumulator();
        var events = RecordedStream.Events.Take(10)
            .Select(e => System.Text.Json.JsonSerializer.Deserialize(e.Data, ResponsesJsonContext.Default.ResponseStreamEvent)!)
            .ToList();
        foreach (var e in events)
        {
            accumulator.Apply(e);
        }

        var latest = events.OfType<ResponseLifecycleEvent>().Last().Response;
        var snapshot = accumulator.ToResponse()!;

        // Everything but the output (rebuilt from the deltas) is the latest response's, typed request echo included.
        Assert.Equal(1.0, snapshot.Temperature);
        Assert.Equal(ResponseTruncation.Disabled, snapshot.Truncation);
        Assert.NotNull(snapshot.Reasoning);
        latest.Output = snapshot.Output;
        Assert.Equal(ResponsesJson.Serialize(latest), ResponsesJson.Serialize(snapshot));
    }
}
