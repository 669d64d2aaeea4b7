using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Tests.Models.StreamEvents;

/// <summary>The real background streams in Fixtures/recorded, event by event.</summary>
public class RecordedStreamEventsTests
{
    [Theory]
    [InlineData("background-stream.sse", 0)]
    [InlineData("background-stream.resume-starting-after-1.sse", 2)]
    public void EveryEvent_ReadsAsItsTypedClass_WithItsSequenceNumber(string file, int firstSequenceNumber)
    {
        var data = TestFixtures.ReadSseData(file);

        var events = data.Select(Read).ToList();

        Assert.NotEmpty(events);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.IsNotType<UnknownResponseStreamEvent>(events[i]);
            Assert.Equal(data[i].GetProperty("type").GetString(), events[i].Type);
            Assert.Equal(data[i].GetProperty("sequence_number").GetInt32(), events[i].SequenceNumber);
            Assert.Equal(firstSequenceNumber + i, events[i].SequenceNumber);

            // Every field of these events is modeled, so none should need the extension-data dictionary.
            Assert.Null(events[i].AdditionalProperties);
        }
    }

    [Theory]
    [InlineData("background-stream.sse")]
    [InlineData("background-stream.resume-starting-after-1.sse")]
    public void TextDeltas_ConcatenateToTheCompletedResponsesOutputText(string file)
    {
        var events = TestFixtures.ReadSseData(file).Select(Read).ToList();

        var text = new StringBuilder();
        foreach (var delta in events.OfType<ResponseTextDeltaEvent>())
        {
            text.Append(delta.Delta);
        }

        var completed = Assert.Single(events.OfType<ResponseCompletedEvent>());
        Assert.Same(completed, events[^1]);
        Assert.Equal(ResponseStatus.Completed, completed.Response.Status);
        Assert.NotEmpty(completed.Response.OutputText);
        Assert.Equal(completed.Response.OutputText, text.ToString());
        Assert.Equal(completed.Response.OutputText, Assert.Single(events.OfType<ResponseTextDoneEvent>()).Text);
    }

    [Fact]
    public void Stream_FollowsTheBackgroundLifecycle()
    {
        var events = TestFixtures.ReadSseData("background-stream.sse").Select(Read).ToList();

        Assert.IsType<ResponseCreatedEvent>(events[0]);
        Assert.IsType<ResponseQueuedEvent>(events[1]);
        Assert.IsType<ResponseInProgressEvent>(events[2]);
        var lifecycle = events.OfType<ResponseLifecycleEvent>().ToList();
        Assert.Equal(4, lifecycle.Count);
        Assert.Single(lifecycle.Select(e => e.Response.Id).Distinct());

        var added = Assert.IsType<ResponseOutputItemAddedEvent>(events[3]);
        Assert.IsType<MessageItem>(added.Item);
        var partAdded = Assert.IsType<ResponseContentPartAddedEvent>(events[4]);
        Assert.IsType<OutputTextPart>(partAdded.Part);
    }

    [Theory]
    [InlineData("background-stream.sse")]
    [InlineData("background-stream.resume-starting-after-1.sse")]
    public void EveryEvent_WritesBackTheSameDocument(string file)
    {
        foreach (var data in TestFixtures.ReadSseData(file))
        {
            var written = JsonSerializer.Serialize(Read(data), ResponsesJsonContext.Default.ResponseStreamEvent);

            // Nulls of optional response properties, which the SDK omits on write, are the only difference allowed.
            JsonAssert.EquivalentExceptOmittedNulls(data.GetRawText(), written, KnownOptionalNulls.InResponseEvent);
        }
    }

    private static ResponseStreamEvent Read(JsonElement data) =>
        JsonSerializer.Deserialize(data.GetRawText(), ResponsesJsonContext.Default.ResponseStreamEvent)!;
}
