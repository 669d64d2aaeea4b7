using System.Diagnostics;
using System.Net;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Diagnostics;

/// <summary>One span per public call for the retrieve with options, the token count and the compaction; and what a server that never answers does to each.</summary>
public class SurfaceTracingTests : IDisposable
{
    private readonly ActivityCollector _collector = new();

    public void Dispose() => _collector.Dispose();

    [Fact]
    public async Task RetrieveWithOptions_MakesOneRetrieveSpan()
    {
        var handler = new CapturingHandler { Respond = _ => Json("""{"id":"resp_1","object":"response","created_at":1,"status":"completed","output":[]}""") };

        await CreateClient(handler).RetrieveAsync("resp_1", new ResponseRetrieveOptions { IncludeObfuscation = false });

        var span = Assert.Single(_collector.Stopped);
        Assert.Equal("responses.retrieve", span.OperationName);
        Assert.Equal("resp_1", span.GetTagItem("background_responses.response_id"));
        Assert.Equal("completed", span.GetTagItem("background_responses.status"));
    }

    [Fact]
    public async Task CountInputTokens_And_Compact_MakeOneSpanEach()
    {
        var handler = new CapturingHandler
        {
            Respond = r => r.RequestUri!.AbsolutePath.EndsWith("/compact", StringComparison.Ordinal)
                ? Json("""{"id":"resp_c","object":"response.compaction","created_at":1,"output":[],"usage":{"input_tokens":1,"output_tokens":1,"total_tokens":2}}""")
                : Json("""{"object":"response.input_tokens","input_tokens":3}"""),
        };
        var client = CreateClient(handler);

        await client.CountInputTokensAsync(new InputTokenCountRequest { Model = "m", Input = "x" });
        await client.CompactAsync(new CompactResponseRequest { Model = "m", Input = "x" });

        Assert.Equal(["responses.input_tokens", "responses.compact"], _collector.Stopped.Select(s => s.OperationName));
        Assert.All(_collector.Stopped, s => Assert.Equal(ActivityStatusCode.Unset, s.Status));
    }

    [Fact]
    public async Task Compact_ServerNeverAnswers_IsOutcomeUnknown_AndSentOnce()
    {
        using var server = new SilentServer();
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, NetworkTimeout = TimeSpan.FromMilliseconds(300) });

        var ex = await Assert.ThrowsAsync<ResponseCreateOutcomeUnknownException>(() => client.CompactAsync(new CompactResponseRequest { Model = "m", Input = "x" }));

        Assert.True(ex.IsTimeout);
        Assert.Equal(1, server.Connections);
        Assert.Contains("The compaction may have run and been billed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountInputTokens_ServerNeverAnswers_IsRetriedThenANetworkError()
    {
        using var server = new SilentServer();
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = server.V1, NetworkTimeout = TimeSpan.FromMilliseconds(200) };
        options.Retry.MaxRetryAttempts = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var client = new ResponsesClient(options);

        var ex = await Assert.ThrowsAsync<ResponsesNetworkException>(() => client.CountInputTokensAsync(new InputTokenCountRequest { Model = "m", Input = "x" }));

        Assert.True(ex.IsTimeout);
        Assert.Equal(2, server.Connections);
    }

    private static HttpResponseMessage Json(string json) => InMemoryStreamingServer.Json(HttpStatusCode.OK, json);

    private ResponsesClient CreateClient(HttpMessageHandler handler) =>
        new(new HttpClient(handler), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _collector.BaseAddress });
}
