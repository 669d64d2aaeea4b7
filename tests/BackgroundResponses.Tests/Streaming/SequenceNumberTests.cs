using System.Text.Json;

namespace BackgroundResponses.Tests.Streaming;

/// <summary><see cref="ResponseStreamEvent.SequenceNumber"/> is null when an event has none, and the JSON says so by leaving it out.</summary>
public class SequenceNumberTests
{
    public static TheoryData<string> EventsWithoutANumber() => new()
    {
        // The fast delta reader, the general (source-generated) path, the error-event converter, the raw unknown event.
        """{"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hi","logprobs":[]}""",
        $$$"""{"type":"response.completed","response":{"id":"resp_1","created_at":1,"status":"completed","error":null,"output":[],{{{ResponseJsonSamples.OtherRequiredProperties}}}}}""",
        """{"type":"error","code":"server_error","message":"boom","param":null}""",
        """{"type":"response.hologram.delta","delta":"x"}""",
    };

    [Theory]
    [MemberData(nameof(EventsWithoutANumber))]
    public void SequenceNumber_AbsentOnTheWire_IsNullAndStaysAbsentWhenWritten(string json)
    {
        var streamEvent = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent)!;

        Assert.Null(streamEvent.SequenceNumber);
        var written = JsonSerializer.Serialize(streamEvent, ResponsesJsonContext.Default.ResponseStreamEvent);
        Assert.DoesNotContain("sequence_number", written, StringComparison.Ordinal);
        JsonAssert.Equal(json, written);
    }

    [Fact]
    public void SequenceNumber_EveryEventBuiltWithoutOne_WritesNone()
    {
        var types = typeof(ResponseStreamEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ResponseStreamEvent)) && !t.IsAbstract && t.IsPublic && t != typeof(UnknownResponseStreamEvent));
        foreach (var type in types)
        {
            var streamEvent = (ResponseStreamEvent)Activator.CreateInstance(type)!;

            var written = JsonSerializer.Serialize(streamEvent, ResponsesJsonContext.Default.ResponseStreamEvent);

            Assert.False(written.Contains("sequence_number", StringComparison.Ordinal), $"{type.Name} wrote {written}");
        }
    }

    [Fact]
    public void SequenceNumber_Zero_IsWrittenAndReadBack()
    {
        var delta = new ResponseTextDeltaEvent { SequenceNumber = 0, ItemId = "m", Delta = "a" };

        var read = JsonSerializer.Deserialize(JsonSerializer.Serialize<ResponseStreamEvent>(delta, ResponsesJsonContext.Default.ResponseStreamEvent), ResponsesJsonContext.Default.ResponseStreamEvent)!;

        Assert.Equal(0, read.SequenceNumber);
    }

    [Fact]
    public void ResumeToken_WithoutASequenceNumber_IsNull()
    {
        var numbered = new ResponseTextDeltaEvent { SequenceNumber = 4, ResponseId = "resp_1" };
        var unnumbered = new ResponseTextDeltaEvent { ResponseId = "resp_1" };
        var polled = new ResponsePolledEvent { ResponseId = "resp_1" };

        Assert.Equal(new ResponseResumeToken("resp_1", 4), numbered.ResumeToken);
        Assert.Null(unnumbered.ResumeToken);
        Assert.Null(polled.ResumeToken);
    }
}
