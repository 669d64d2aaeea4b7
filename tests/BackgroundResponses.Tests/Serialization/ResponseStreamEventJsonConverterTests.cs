using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class ResponseStreamEventJsonConverterTests
{
    private const string TextDelta = """{"type":"response.output_text.delta","item_id":"msg_1","output_index":1,"content_index":2,"delta":"Hi","sequence_number":7,"logprobs":[{"token":"Hi","logprob":-0.5,"bytes":[72,105],"top_logprobs":[]}]}""";

    [Fact]
    public void TextDelta_ExposesItsFields()
    {
        var delta = Assert.IsType<ResponseTextDeltaEvent>(Read(TextDelta));

        Assert.Equal("response.output_text.delta", delta.Type);
        Assert.Equal(7, delta.SequenceNumber);
        Assert.Equal("Hi", delta.Delta);
        Assert.Equal("msg_1", delta.ItemId);
        Assert.Equal(1, delta.OutputIndex);
        Assert.Equal(2, delta.ContentIndex);
        var logprob = Assert.Single(delta.Logprobs!.Value.EnumerateArray());
        Assert.Equal(-0.5, logprob.GetProperty("logprob").GetDouble());
        Assert.Null(delta.Obfuscation);
        Assert.Null(delta.ResponseId);
    }

    [Fact]
    public void TextDelta_WritesTypeAndSequenceNumberFirst()
    {
        var written = Write(Read(TextDelta));

        Assert.StartsWith("""{"type":"response.output_text.delta","sequence_number":7,""", written, StringComparison.Ordinal);
        JsonAssert.Equal(TextDelta, written);
    }

    [Theory]
    [InlineData("""{"delta":"x","obfuscation":"aB3","item_id":"m","output_index":0,"content_index":0,"logprobs":[],"sequence_number":3,"type":"response.output_text.delta"}""")]
    [InlineData("""{"type":"response.function_call_arguments.delta","item_id":"fc","output_index":0,"delta":"x","obfuscation":"aB3","sequence_number":3}""")]
    [InlineData("""{"type":"response.reasoning_summary_text.delta","item_id":"rs","output_index":0,"summary_index":0,"delta":"x","obfuscation":"aB3","sequence_number":3}""")]
    [InlineData("""{"type":"response.shell_call_command.delta","output_index":0,"command_index":0,"delta":"x","obfuscation":"aB3","sequence_number":3}""")]
    public void Obfuscation_IsATypedProperty_NotExtensionData(string json)
    {
        var streamEvent = Read(json);

        Assert.Null(streamEvent.AdditionalProperties);
        Assert.Equal(3, streamEvent.SequenceNumber);
        var obfuscation = streamEvent.GetType().GetProperty("Obfuscation")!.GetValue(streamEvent);
        Assert.Equal("aB3", obfuscation);
        JsonAssert.Equal(json, Write(streamEvent));
    }

    [Fact]
    public void EveryDeltaEventClass_HasObfuscation()
    {
        foreach (var type in typeof(ResponseStreamEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ResponseStreamEvent)) && !t.IsAbstract && t.IsPublic && t != typeof(UnknownResponseStreamEvent) && t != typeof(ResponsePolledEvent)))
        {
            var instance = (ResponseStreamEvent)Activator.CreateInstance(type)!;
            if (instance.Type.EndsWith(".delta", StringComparison.Ordinal))
            {
                Assert.True(type.GetProperty("Obfuscation")?.PropertyType == typeof(string), $"{type.Name} has no string Obfuscation.");
            }
        }
    }

    [Fact]
    public void TypeLast_StillReadsTheRightClass()
    {
        var json = """{"response":{"id":"resp_1","object":"response","created_at":1,"status":"completed","output":[]},"sequence_number":9,"type":"response.completed"}""";

        var completed = Assert.IsType<ResponseCompletedEvent>(Read(json));

        Assert.Equal(9, completed.SequenceNumber);
        Assert.Equal("resp_1", completed.Response.Id);
        Assert.Equal(ResponseStatus.Completed, completed.Response.Status);
    }

    [Fact]
    public void TypeInsideANestedObject_IsNotMistakenForTheEventType()
    {
        var json = """{"item":{"type":"message","id":"msg_1","role":"assistant","content":[]},"output_index":0,"sequence_number":3,"type":"response.output_item.added"}""";

        var added = Assert.IsType<ResponseOutputItemAddedEvent>(Read(json));

        Assert.Equal("msg_1", Assert.IsType<MessageItem>(added.Item).Id);
    }

    [Theory]
    [InlineData("""{"type":"response\u002eoutput_text.delta","delta":"a","item_id":"m","output_index":0,"content_index":0,"logprobs":[],"sequence_number":1}""", typeof(ResponseTextDeltaEvent))]
    [InlineData("""{"type":"\u0065rror","code":null,"message":"m","param":null,"sequence_number":1}""", typeof(ResponseErrorEvent))]
    [InlineData("""{"type":"response.image_generation_call.partial_imag\u0065","output_index":0,"item_id":"ig","partial_image_index":0,"partial_image_b64":"AA==","sequence_number":1}""", typeof(ResponseImageGenCallPartialImageEvent))]
    public void EscapedType_IsUnescapedBeforeMatching(string json, Type expected)
    {
        Assert.IsType(expected, Read(json));
    }

    [Theory]
    [InlineData("response.output_text.delt")]
    [InlineData("response.output_text.deltas")]
    [InlineData("Response.output_text.delta")]
    [InlineData("response.audio.dona")]
    [InlineData("")]
    public void NearMisses_AreUnknown(string type)
    {
        var streamEvent = Read($$"""{"type":"{{type}}","sequence_number":4}""");

        Assert.IsType<UnknownResponseStreamEvent>(streamEvent);
        Assert.Equal(type, streamEvent.Type);
    }

    [Fact]
    public void UnknownType_IsKeptRaw_AndWrittenBackVerbatim()
    {
        var json = """{"sequence_number":12,"type":"response.hologram.delta","payload":{"type":"x","n":[1,2.50,null]},"obfuscation":"zz"}""";

        var unknown = Assert.IsType<UnknownResponseStreamEvent>(Read(json));

        Assert.Equal("response.hologram.delta", unknown.Type);
        Assert.Equal(12, unknown.SequenceNumber);
        Assert.Equal(json, unknown.RawJson.GetRawText());
        Assert.Equal(json, Write(unknown));
    }

    [Fact]
    public void UnknownType_WithoutASequenceNumber_HasNone()
    {
        var unknown = Assert.IsType<UnknownResponseStreamEvent>(Read("""{"type":"response.something","sequence_number":"seven"}"""));

        Assert.Null(unknown.SequenceNumber);
    }

    [Fact]
    public void ObjectWithoutType_IsUnknown_WithAnEmptyType()
    {
        var unknown = Assert.IsType<UnknownResponseStreamEvent>(Read("""{"sequence_number":1,"delta":"x"}"""));

        Assert.Equal(string.Empty, unknown.Type);
        Assert.Equal(1, unknown.SequenceNumber);
    }

    [Fact]
    public void ExtraFields_AreKept_AndWrittenBack()
    {
        var json = """{"type":"response.output_text.done","item_id":"m","output_index":0,"content_index":0,"text":"Hi","logprobs":[],"sequence_number":8,"future_field":{"a":[1,null]},"flag":null}""";

        var done = Assert.IsType<ResponseTextDoneEvent>(Read(json));

        Assert.Equal("Hi", done.Text);
        Assert.Equal(["future_field", "flag"], done.AdditionalProperties!.Keys);
        JsonAssert.Equal(json, Write(done));
    }

    [Fact]
    public void LifecycleEvents_ShareTheResponseProperty()
    {
        ResponseStreamEvent[] events =
        [
            Read("""{"type":"response.failed","sequence_number":5,"response":{"id":"r","object":"response","created_at":1,"status":"failed","error":{"code":"server_error","message":"boom"},"output":[]}}"""),
            Read("""{"type":"response.incomplete","sequence_number":6,"response":{"id":"r","object":"response","created_at":1,"status":"incomplete","output":[]}}"""),
        ];

        Assert.All(events, e => Assert.Equal("r", Assert.IsAssignableFrom<ResponseLifecycleEvent>(e).Response.Id));
        Assert.Equal("boom", ((ResponseFailedEvent)events[0]).Response.Error!.Message);
    }

    [Fact]
    public void AnnotationAdded_ReadsATypedAnnotation()
    {
        var added = Assert.IsType<ResponseOutputTextAnnotationAddedEvent>(Read("""{"type":"response.output_text.annotation.added","item_id":"m","output_index":0,"content_index":0,"annotation_index":1,"sequence_number":2,"annotation":{"type":"url_citation","url":"https://example.com","title":"E","start_index":0,"end_index":3}}"""));

        Assert.Equal(1, added.AnnotationIndex);
        Assert.Equal("https://example.com", Assert.IsType<UrlCitationAnnotation>(added.Annotation).Url);
    }

    [Fact]
    public void ReasoningSummaryPart_ReadsTyped()
    {
        var done = Assert.IsType<ResponseReasoningSummaryPartDoneEvent>(Read("""{"type":"response.reasoning_summary_part.done","item_id":"rs","output_index":0,"summary_index":1,"status":"incomplete","part":{"type":"summary_text","text":"Thinking"},"sequence_number":3}"""));

        Assert.Equal("Thinking", done.Part.Text);
        Assert.Equal("incomplete", done.Status);
    }

    private static ResponseStreamEvent Read(string json) => JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent)!;

    private static string Write(ResponseStreamEvent value) => JsonSerializer.Serialize(value, ResponsesJsonContext.Default.ResponseStreamEvent);
}
