using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>The hand-rolled delta reader must agree with the serializer, and step aside whenever it might not.</summary>
public class ResponseTextDeltaFastReaderTests
{
    [Theory]
    [InlineData("""{"type":"response.output_text.delta","content_index":0,"delta":" forest","item_id":"msg_1","logprobs":[],"obfuscation":"Ab3dE9","output_index":1,"sequence_number":42}""")]
    [InlineData("""{"sequence_number":7,"delta":"caf\u00e9 \"x\"","item_id":"msg_\u0031","output_index":1,"content_index":2,"type":"response.output_text.delta","logprobs":[{"token":"Hi","logprob":-0.5,"bytes":[72,105],"top_logprobs":[]}]}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"","item_id":"msg_1","logprobs":null,"output_index":0,"content_index":0,"sequence_number":0}""")]
    [InlineData("""  {"type":"response.output_text.delta","delta":"a","item_id":"m","output_index":0,"content_index":0,"sequence_number":3}  """)]
    [InlineData("""{"type":"response.output_text.delta","item_id":"m","output_index":0,"content_index":0,"delta":"Hi","logprobs":[]}""")] // no sequence_number: null, as the serializer reads it
    public void ReadsLikeTheSerializer(string json)
    {
        var fast = ResponseTextDeltaFastReader.TryRead(Encoding.UTF8.GetBytes(json));
        var slow = Assert.IsType<ResponseTextDeltaEvent>(JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent));

        Assert.NotNull(fast);
        Assert.Equal(
            JsonSerializer.Serialize<ResponseStreamEvent>(slow, ResponsesJsonContext.Default.ResponseStreamEvent),
            JsonSerializer.Serialize<ResponseStreamEvent>(fast, ResponsesJsonContext.Default.ResponseStreamEvent));
        Assert.Null(fast.AdditionalProperties);
        Assert.Equal(slow.AdditionalProperties, fast.AdditionalProperties);
    }

    [Theory]
    [InlineData("""{"type":"response.output_text.delta","delta":"a","extra":1,"item_id":"m","output_index":0,"content_index":0,"sequence_number":3}""")] // kept in AdditionalProperties
    [InlineData("""{"type":"response.output_text.done","text":"a","item_id":"m","output_index":0,"content_index":0,"sequence_number":3}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":null,"item_id":"m","output_index":0,"content_index":0,"sequence_number":3}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"a","item_id":"m","output_index":1.5,"content_index":0,"sequence_number":3}""")]
    [InlineData("""{"\u0074ype":"response.output_text.delta","delta":"a"}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"a"} x""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"a" """)]
    [InlineData("""{"delta":"a"}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"\udfff","item_id":"m","output_index":0,"content_index":0}""")] // lone surrogate: found by the property test
    [InlineData("""{"type":"response.output_text.delta","delta":"a","obfuscation":"\ud800x","item_id":"m","output_index":0,"content_index":0}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"a","item_id":"\uDC00","output_index":0,"content_index":0}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    public void StepsAsideWhenItMightDisagree(string json) =>
        Assert.Null(ResponseTextDeltaFastReader.TryRead(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData("""{"type":"response.output_text.delta","delta":"\udfff","item_id":"m","output_index":0,"content_index":0,"sequence_number":1}""")]
    [InlineData("""{"type":"response.output_text.delta","delta":"a","obfuscation":"\ud800","item_id":"m","output_index":0,"content_index":0,"sequence_number":1}""")]
    [InlineData("""{"delta":"a","\u0074ype":"\udc00qt","item_id":"m"}""")] // found by the property test: the decoder's own type lookup leaked it
    [InlineData("""{"type":"response.output_text\ud800","delta":"a"}""")]
    public async Task DecoderReportsALoneSurrogateAsATypedError(string json)
    {
        var body = new MemoryStream(Encoding.UTF8.GetBytes($"data: {json}\n\n"));

        var error = await Assert.ThrowsAsync<ResponsesSerializationException>(async () =>
        {
            await foreach (var item in ResponseEventDecoder.ReadAsync(body, 1 << 20, default))
            {
                Assert.Fail($"Read {item.Type}");
            }
        });
        Assert.IsType<JsonException>(error.InnerException);
    }

    [Fact]
    public void RepeatedItemIdsShareOneString()
    {
        var first = ResponseTextDeltaFastReader.TryRead("""{"type":"response.output_text.delta","delta":"a","item_id":"msg_same","output_index":0,"content_index":0,"sequence_number":1,"logprobs":[]}"""u8);
        var second = ResponseTextDeltaFastReader.TryRead("""{"type":"response.output_text.delta","delta":"b","item_id":"msg_same","output_index":0,"content_index":0,"sequence_number":2,"logprobs":[]}"""u8);

        Assert.Same(first!.ItemId, second!.ItemId);
        Assert.Equal(JsonValueKind.Array, second.Logprobs!.Value.ValueKind);
        Assert.Equal(0, second.Logprobs.Value.GetArrayLength());
    }
}
