using System.Text.Json.Nodes;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests;

public class InputTokensAndCompactTests : IDisposable
{
    private const string BadRequest = """{"error":{"message":"Invalid model 'nope'.","type":"invalid_request_error","param":"model","code":"model_not_found"}}""";

    private const string CompactBody = """
        {"id":"resp_001","object":"response.compaction","created_at":1731459200,
         "output":[
           {"type":"message","role":"user","content":[{"type":"input_text","text":"Summarize our launch checklist from last week."}]},
           {"type":"compaction","id":"cmp_001","encrypted_content":"encrypted-summary"}],
         "usage":{"input_tokens":42897,"output_tokens":12000,"total_tokens":54912}}
        """;

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task CountInputTokensAsync_PostsTheInputFields_AndReadsTheCount()
    {
        _api.Stub("POST", "/v1/responses/input_tokens", 200, """{"object":"response.input_tokens","input_tokens":11}""");
        var client = _api.CreateClient();

        var count = await client.CountInputTokensAsync(new InputTokenCountRequest
        {
            Model = "gpt-5",
            Input = "Tell me a joke.",
            Instructions = "Be brief.",
            PreviousResponseId = "resp_prev",
            ParallelToolCalls = false,
            Truncation = ResponseTruncation.Auto,
        });

        Assert.Equal(11, count.InputTokens);
        Assert.Equal("response.input_tokens", count.Object);
        var request = _api.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/responses/input_tokens", request.AbsolutePath);
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"model":"gpt-5","input":"Tell me a joke.","instructions":"Be brief.","previous_response_id":"resp_prev","parallel_tool_calls":false,"truncation":"auto"}"""),
            JsonNode.Parse(request.Body!)));
    }

    [Fact]
    public async Task CountInputTokensAsync_ErrorAnswer_IsTypedAndNeverShowsTheKey()
    {
        _api.Stub("POST", "/v1/responses/input_tokens", 400, BadRequest, ("x-request-id", "req_42"));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CountInputTokensAsync(new InputTokenCountRequest { Model = "nope" }));

        Assert.Equal(400, ex.Status);
        Assert.Equal("model_not_found", ex.ErrorCode);
        Assert.Equal("model", ex.Param);
        Assert.Equal("req_42", ex.RequestId);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CountInputTokensAsync(null!));
    }

    [Fact]
    public async Task CountInputTokensAsync_IsRetriedLikeARead()
    {
        // Counting changes nothing on the server, so a 500 is worth another try.
        _api.Stub("POST", "/v1/responses/input_tokens", 500, """{"error":{"message":"boom","type":"server_error"}}""");
        var client = _api.CreateClient(o => { o.Retry.MaxRetryAttempts = 1; o.Retry.Delay = TimeSpan.FromMilliseconds(1); o.Retry.UseJitter = false; });

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.CountInputTokensAsync(new InputTokenCountRequest { Model = "gpt-5" }));

        Assert.Equal(2, _api.Requests.Count);
    }

    [Fact]
    public async Task CompactAsync_PostsTheConversation_AndReadsTypedItems()
    {
        _api.Stub("POST", "/v1/responses/compact", 200, CompactBody);
        var client = _api.CreateClient();

        var compacted = await client.CompactAsync(new CompactResponseRequest
        {
            Model = "gpt-5.1-codex-max",
            Input = "Create a simple landing page for a dog petting café.",
            PromptCacheKey = "k1",
            ServiceTier = ServiceTier.Flex,
        });

        Assert.Equal("resp_001", compacted.Id);
        Assert.Equal("response.compaction", compacted.Object);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1731459200), compacted.CreatedAt);
        Assert.Equal(54912, compacted.Usage!.TotalTokens);
        Assert.Equal(2, compacted.Output.Count);
        var message = Assert.IsType<MessageItem>(compacted.Output[0]);
        Assert.Equal("Summarize our launch checklist from last week.", Assert.IsType<InputTextPart>(Assert.Single(message.Content)).Text);
        Assert.Equal("compaction", compacted.Output[1].Type);
        Assert.Equal("cmp_001", compacted.Output[1].Id);

        var request = _api.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/responses/compact", request.AbsolutePath);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"model":"gpt-5.1-codex-max","input":"Create a simple landing page for a dog petting café.","prompt_cache_key":"k1","service_tier":"flex"}"""),
            JsonNode.Parse(request.Body!)));
    }

    [Fact]
    public async Task CompactAsync_ErrorAnswer_IsTyped_AndA500IsNotRepeated()
    {
        _api.Stub("POST", "/v1/responses/compact", 500, """{"error":{"message":"boom","type":"server_error"}}""");
        var client = _api.CreateClient(o => { o.Retry.MaxRetryAttempts = 2; o.Retry.Delay = TimeSpan.FromMilliseconds(1); o.Retry.UseJitter = false; });

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CompactAsync(new CompactResponseRequest { Model = "gpt-5.1-codex-max", Input = "x" }));

        // The compaction may have run and been billed: once sent it is never repeated blindly.
        Assert.Equal(500, ex.Status);
        Assert.Single(_api.Requests);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompactAsync_WithoutAModel_IsRefusedBeforeSending()
    {
        var client = _api.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.CompactAsync(new CompactResponseRequest { Input = "x" }));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.CompactAsync(null!));
        Assert.Empty(_api.Server.LogEntries);
    }
}
