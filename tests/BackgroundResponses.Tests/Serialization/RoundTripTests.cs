using System.Text.Json;

namespace BackgroundResponses.Tests.Serialization;

public class RoundTripTests
{
    [Fact]
    public void UnknownFieldsAtEveryLevelAndUnknownTypes_AreWrittenBackUnchanged()
    {
        var json = """
            {
              "future_flag": {"nested": [1, 2.50, null, "x"]},
              "temperature": 1.0,
              "instructions": [{"role": "developer", "content": "be brief"}],
              "id": "resp_1",
              "object": "response",
              "created_at": 1770281737,
              "status": "completed",
              "usage": {"input_tokens": 1, "input_tokens_details": {"cached_tokens": 0, "audio_tokens": 7},
                        "output_tokens": 2, "output_tokens_details": {"reasoning_tokens": 0, "spare": null},
                        "total_tokens": 3, "cost_micro_usd": 12},
              "error": null,
              "output": [
                {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "phase": "final_answer",
                 "content": [
                   {"annotations": [{"type": "url_citation", "url": "https://e.com", "title": "E", "start_index": 0, "end_index": 1, "extra": true},
                                    {"type": "page_citation", "page": 3}],
                    "logprobs": [], "text": "Hi", "type": "output_text", "confidence": 0.9},
                   {"type": "output_audio", "data": "AAA="}]},
                {"type": "future_call", "id": "fc_1", "arguments": "{}", "server_label": "s", "output": null},
                {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": "t", "lang": "en"}], "content": null}
              ],
              "incomplete_details": {"reason": "content_filter", "filter": "hate"},
              "metadata": {}
            }
            """;

        var response = JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!;
        var written = JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse);

        // Only "error": null may disappear: a known field, omitted on write when null.
        JsonAssert.Equivalent(json, written, "error");
        Assert.Contains("\"temperature\":1.0", written, StringComparison.Ordinal);
        Assert.Contains("\"nested\":[1,2.50,null,\"x\"]", written, StringComparison.Ordinal);
        Assert.Contains("\"created_at\":1770281737,", written, StringComparison.Ordinal);
        Assert.Equal(ResponseIncompleteReason.ContentFilter, response.IncompleteDetails!.Reason);
        Assert.Equal(7, response.Usage!.InputTokensDetails!.AdditionalProperties!["audio_tokens"].GetInt32());
        Assert.Equal("Hi", response.OutputText);
    }

    [Fact]
    public void KnownNullFields_AreOmittedOnWrite_UnknownNullFieldsAreKept()
    {
        var json = """{"id":"r","created_at":1,"error":null,"usage":null,"user":null,"output":[]}""";

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!, ResponsesJsonContext.Default.ModelResponse);

        Assert.Equal("""{"id":"r","created_at":1,"output":[],"user":null}""", written);
    }

    [Fact]
    public void CreatedObjects_WriteOnlyWhatWasSet()
    {
        var response = new ModelResponse { Id = "r", CreatedAt = DateTimeOffset.FromUnixTimeSeconds(5), Status = ResponseStatus.Queued };
        response.Output.Add(MessageItem.CreateUserMessage("hi"));

        Assert.Equal(
            """{"id":"r","created_at":5,"status":"queued","output":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}]}""",
            JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse));
    }
}
