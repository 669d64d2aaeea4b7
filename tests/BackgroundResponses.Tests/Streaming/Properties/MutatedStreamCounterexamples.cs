using System.Text;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming.Properties;

/// <summary>Shrunk counterexamples the mutation properties found, kept as regular tests.</summary>
public class MutatedStreamCounterexamples
{
    [Theory]
    [InlineData("response.output_text.delta", """{"type":"response.output_text.delta","sequence_number":0,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"a#b","logprobs":[]}""")]
    [InlineData("response.in_progress", """{"type":"response.in_progress","sequence_number":0,"response":{"id":"resp_#","object":"response","status":"in_progress"}}""")]
    public async Task InvalidUtf8InsideAJsonString_FailsWithASerializationError(string type, string json)
    {
        // Found by MutatedStream_EndsOrFailsWithATypedError_Promptly (an inserted 0xFF): the text-delta fast path
        // let Utf8JsonReader's InvalidOperationException escape untyped.
        var data = Encoding.UTF8.GetBytes(json);
        var marker = Array.IndexOf(data, (byte)'#');
        data[marker] = 0xFF;
        var body = Encoding.UTF8.GetBytes($"event: {type}\ndata: ").Concat(data).Concat("\n\n"u8.ToArray()).ToArray();
        var client = StreamTestClient.Create(new RawBodyServer(_ => body), o => o.MaxResumeAttempts = 0);

        var ex = await Assert.ThrowsAsync<ResponsesSerializationException>(() => StreamTestClient.ReadAllAsync(client.StreamAsync("resp_1")));

        Assert.Contains(type, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.InnerException);
    }
}
