using System.Text;
using System.Text.Json;
using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

public class OutputContentMappingTests
{
    // One finished response with an item of every kind this client maps, in the shapes of the official spec.
    private const string Response = """
        {
          "id": "resp_all", "object": "response", "created_at": 1764500000, "status": "completed", "background": true, "model": "gpt-5.5",
          "output": [
            { "type": "reasoning", "id": "rs_1", "summary": [ { "type": "summary_text", "text": "First." }, { "type": "summary_text", "text": "Second." } ], "encrypted_content": "gAAAA-secret" },
            { "type": "web_search_call", "id": "ws_1", "status": "completed", "action": { "type": "search", "query": "otters", "sources": [ { "type": "url", "url": "https://otters.example/a" } ] } },
            { "type": "code_interpreter_call", "id": "ci_1", "status": "completed", "container_id": "cntr_1", "code": "print(1+1)",
              "outputs": [ { "type": "logs", "logs": "2\n" }, { "type": "image", "url": "https://files.example/plot.png" } ] },
            { "type": "mcp_call", "id": "mcp_1", "server_label": "docs", "name": "search", "arguments": "{\"q\":\"otters\"}", "output": "3 hits" },
            { "type": "mcp_call", "id": "mcp_2", "server_label": "docs", "name": "fetch", "arguments": "{}", "error": { "type": "tool_execution_error", "code": 500, "message": "timed out" } },
            { "type": "mcp_approval_request", "id": "mcpr_1", "server_label": "docs", "name": "delete", "arguments": "{\"id\":7}" },
            { "type": "image_generation_call", "id": "ig_1", "status": "completed", "result": "iVBORw0KGgo=" },
            { "type": "file_search_call", "id": "fs_1", "status": "completed", "queries": ["otters"], "results": null },
            { "type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": [
                { "type": "output_text", "text": "Otters use tools.", "annotations": [ { "type": "url_citation", "url": "https://otters.example/a", "title": "Otters", "start_index": 0, "end_index": 17 }, { "type": "file_citation", "file_id": "file-1", "filename": "notes.pdf", "index": 3 } ] },
                { "type": "refusal", "refusal": "Not that part." } ] },
            { "type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "get_weather", "arguments": "{\"city\":\"Bergen\"}", "status": "completed" },
            { "type": "function_call", "id": "fc_2", "call_id": "call_2", "name": "get_weather", "arguments": "{\"city\":", "status": "completed" },
            { "type": "some_future_item", "id": "fut_1", "payload": 1 }
          ],
          "usage": { "input_tokens": 10, "input_tokens_details": { "cached_tokens": 4 }, "output_tokens": 20, "output_tokens_details": { "reasoning_tokens": 6 }, "total_tokens": 30 }
        }
        """;

    [Fact]
    public void EveryKindOfItem_BecomesTheMatchingContent()
    {
        var response = ChatResponseMapper.ToChatResponse(ResponsesJson.DeserializeModelResponse(Response), issueToken: false);

        Assert.Equal(2, response.Messages.Count);
        var before = response.Messages[0].Contents;
        var message = response.Messages[1];

        var reasoning = Assert.IsType<TextReasoningContent>(before[0]);
        Assert.Equal("First.\n\nSecond.", reasoning.Text);
        Assert.Equal("gAAAA-secret", reasoning.ProtectedData);
        Assert.Equal("rs_1", reasoning.AdditionalProperties!["reasoningItemId"]);

        var search = Assert.IsType<WebSearchToolCallContent>(before[1]);
        Assert.Equal(["otters"], search.Queries!);
        var found = Assert.IsType<WebSearchToolResultContent>(before[2]);
        Assert.Equal("https://otters.example/a", Assert.IsType<UriContent>(Assert.Single(found.Outputs!)).Uri.AbsoluteUri);

        var code = Assert.IsType<CodeInterpreterToolCallContent>(before[3]);
        Assert.Equal("print(1+1)", Encoding.UTF8.GetString(Assert.IsType<DataContent>(Assert.Single(code.Inputs!)).Data.Span));
        var ran = Assert.IsType<CodeInterpreterToolResultContent>(before[4]);
        Assert.Equal("2\n", Assert.IsType<TextContent>(ran.Outputs![0]).Text);
        Assert.Equal("https://files.example/plot.png", Assert.IsType<UriContent>(ran.Outputs[1]).Uri.AbsoluteUri);

        var mcp = Assert.IsType<McpServerToolCallContent>(before[5]);
        Assert.Equal(("search", "docs", "otters"), (mcp.Name, mcp.ServerName, ((JsonElement)mcp.Arguments!["q"]!).GetString()));
        Assert.Equal("3 hits", Assert.IsType<TextContent>(Assert.Single(Assert.IsType<McpServerToolResultContent>(before[6]).Outputs!)).Text);
        var failed = Assert.IsType<ErrorContent>(Assert.Single(Assert.IsType<McpServerToolResultContent>(before[8]).Outputs!));
        Assert.Equal(("timed out", "500"), (failed.Message, failed.ErrorCode));

        var approval = Assert.IsType<ToolApprovalRequestContent>(before[9]);
        Assert.Equal("mcpr_1", approval.RequestId);
        Assert.Equal("delete", Assert.IsType<McpServerToolCallContent>(approval.ToolCall).Name);

        Assert.IsType<ImageGenerationToolCallContent>(before[10]);
        var image = Assert.IsType<DataContent>(Assert.Single(Assert.IsType<ImageGenerationToolResultContent>(before[11]).Outputs!));
        Assert.Equal("image/png", image.MediaType);

        Assert.IsType<FileSearchCallItem>(before[12].RawRepresentation);
        Assert.Equal(typeof(AIContent), before[12].GetType());

        Assert.Equal(("msg_1", ChatRole.Assistant), (message.MessageId, message.Role));
        var text = Assert.IsType<TextContent>(message.Contents[0]);
        Assert.Equal("Otters use tools.", text.Text);
        var url = Assert.IsType<CitationAnnotation>(text.Annotations![0]);
        Assert.Equal(("https://otters.example/a", "Otters"), (url.Url!.AbsoluteUri, url.Title));
        var region = Assert.IsType<TextSpanAnnotatedRegion>(Assert.Single(url.AnnotatedRegions!));
        Assert.Equal((0, 17), (region.StartIndex, region.EndIndex));
        var file = Assert.IsType<CitationAnnotation>(text.Annotations[1]);
        Assert.Equal(("file-1", "notes.pdf"), (file.FileId, file.Title));
        var refusal = Assert.IsType<ErrorContent>(message.Contents[1]);
        Assert.Equal(("Not that part.", "Refusal"), (refusal.Message, refusal.ErrorCode));

        // Items after the message join it: the calls, then an item type this version does not know, kept whole.
        var call = Assert.IsType<FunctionCallContent>(message.Contents[2]);
        Assert.Equal(("call_1", "get_weather", "Bergen"), (call.CallId, call.Name, ((JsonElement)call.Arguments!["city"]!).GetString()));
        var broken = Assert.IsType<FunctionCallContent>(message.Contents[3]);
        Assert.NotNull(broken.Exception);
        Assert.IsType<UnknownResponseItem>(message.Contents[4].RawRepresentation);

        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
        Assert.Equal((10L, 20L, 30L, 4L, 6L), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount, response.Usage.CachedInputTokenCount, response.Usage.ReasoningTokenCount));
    }

    [Fact]
    public void AResponseReadBack_GoesBackAsTheSameItems_EachOnce()
    {
        var original = ResponsesJson.DeserializeModelResponse(Response);
        var response = ChatResponseMapper.ToChatResponse(original, issueToken: false);

        var items = MappedRequest.Input(response.Messages);

        // Items carried whole go back unchanged, once each although a tool's call and result share one; the message is rebuilt
        // from its contents, so its place in the order is kept.
        using var expected = JsonDocument.Parse(Response);
        var expectedItems = expected.RootElement.GetProperty("output").EnumerateArray().ToList();
        Assert.Equal(expectedItems.Select(i => i.GetProperty("type").GetString()), items.Select(i => i.GetProperty("type").GetString()));
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].GetProperty("type").GetString() != "message")
            {
                Assert.Equal(expectedItems[i].GetProperty("id").GetString(), items[i].GetProperty("id").GetString());
            }
        }

        var message = items.Single(i => i.GetProperty("type").GetString() == "message");
        Assert.Equal(["output_text", "refusal"], message.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("type").GetString()));
        var reasoning = items[0];
        Assert.Equal("gAAAA-secret", reasoning.GetProperty("encrypted_content").GetString());
        Assert.Equal("{\"q\":\"otters\"}", items[3].GetProperty("arguments").GetString());
        Assert.Equal(1, items[^1].GetProperty("payload").GetInt32());
    }

    [Fact]
    public void APendingResponse_ShowsItsTextSoFar_ButNoCallsToRun()
    {
        var running = ResponsesJson.DeserializeModelResponse(Response.Replace("\"status\": \"completed\", \"background\"", "\"status\": \"in_progress\", \"background\"", StringComparison.Ordinal));

        var response = ChatResponseMapper.ToChatResponse(running, issueToken: true);

        Assert.NotNull(response.ContinuationToken);
        Assert.Null(response.FinishReason);
        Assert.Equal("Otters use tools.", response.Text);
        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>());
    }
}
