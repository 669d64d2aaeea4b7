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
              "future_ratio": 1.0,
              "temperature": 1.0,
              "instructions": [{"type": "message", "role": "developer", "content": "be brief"}],
              "model": "gpt-4.1-mini", "parallel_tool_calls": true, "tool_choice": "auto", "tools": [], "top_p": 1.0,
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

        // Nothing may disappear ("error" is required, so its null is written) and only known numbers may change form.
        JsonAssert.EquivalentExceptOmittedNulls(json, written, []);
        Assert.Contains("\"future_ratio\":1.0", written, StringComparison.Ordinal);
        Assert.Contains("\"temperature\":1,", written, StringComparison.Ordinal);
        Assert.Equal(1.0, response.Temperature);
        var instruction = Assert.IsType<MessageItem>(Assert.Single(response.Instructions!.Items!));
        Assert.Equal(MessageRole.Developer, instruction.Role);
        Assert.Equal("be brief", Assert.IsType<InputTextPart>(Assert.Single(instruction.Content)).Text);
        Assert.Contains("\"nested\":[1,2.50,null,\"x\"]", written, StringComparison.Ordinal);
        Assert.Contains("\"created_at\":1770281737,", written, StringComparison.Ordinal);
        Assert.Equal(ResponseIncompleteReason.ContentFilter, response.IncompleteDetails!.Reason);
        Assert.Equal(7, response.Usage!.InputTokensDetails!.AdditionalProperties!["audio_tokens"].GetInt32());
        Assert.Equal("Hi", response.OutputText);
    }

    [Fact]
    public void OptionalKnownNulls_AreOmittedOnWrite_RequiredAndUnknownNullsAreKept()
    {
        var json = """{"id":"r","created_at":1,"error":null,"usage":null,"user":null,"reasoning":{"effort":null},"future_field":null,"output":[]}""";

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ResponsesJsonContext.Default.ModelResponse)!, ResponsesJsonContext.Default.ModelResponse);

        Assert.Equal(
            """{"id":"r","object":null,"created_at":1,"model":null,"error":null,"incomplete_details":null,"output":[],"metadata":null,"instructions":null,"reasoning":{},"tools":null,"tool_choice":null,"parallel_tool_calls":null,"temperature":null,"top_p":null,"future_field":null}""",
            written);
    }

    [Fact]
    public void CreatedObjects_WriteTheRequiredPropertiesAndOnlyTheOptionalOnesThatWereSet()
    {
        var response = new ModelResponse { Id = "r", CreatedAt = DateTimeOffset.FromUnixTimeSeconds(5), Status = ResponseStatus.Queued, Temperature = 0.5 };
        response.Output.Add(MessageItem.CreateUserMessage("hi"));

        Assert.Equal(
            """{"id":"r","object":null,"created_at":5,"status":"queued","model":null,"error":null,"incomplete_details":null,"output":[{"type":"message","role":"user","content":[{"type":"input_text","text":"hi"}]}],"metadata":null,"instructions":null,"tools":null,"tool_choice":null,"parallel_tool_calls":null,"temperature":0.5,"top_p":null}""",
            JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse));
    }
}
