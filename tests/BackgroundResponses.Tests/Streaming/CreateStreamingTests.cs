using System.Net;
using System.Text.Json.Nodes;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class CreateStreamingTests
{
    private static readonly int[] Boundaries = RecordedStream.Boundaries(RecordedStream.Events);

    [Fact]
    public async Task CreateStreaming_PostsBackgroundAndStream_AndYieldsTheWholeStream()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-4.1-mini", Input = "Tell me a bedtime story." }));

        Assert.Equal(336, events.Count);
        var post = Assert.Single(server.Requests);
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("/v1/responses", post.RequestUri!.AbsolutePath);
        Assert.Equal("text/event-stream", post.Headers.Accept.Single().MediaType);
        JsonAssert.Equal("""{"model":"gpt-4.1-mini","input":"Tell me a bedtime story.","background":true,"stream":true}""", server.RequestBodies[0]!);
    }

    [Fact]
    public async Task DropAfterTheIdIsKnown_ResumesWithAGet_NeverASecondPost()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = i => i == 0 ? (Boundaries[120] + 7, CutKind.Reset) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "m", Input = "x" }));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(RecordedStream.Text, StreamTestClient.Text(events));
        Assert.Single(server.Requests, r => r.Method == HttpMethod.Post);
        var resume = server.Requests[1];
        Assert.Equal(HttpMethod.Get, resume.Method);
        Assert.Equal($"/v1/responses/{RecordedStream.ResponseId}", resume.RequestUri!.AbsolutePath);
        Assert.Equal("?stream=true&starting_after=119", resume.RequestUri.Query);
    }

    [Fact]
    public async Task DropBeforeTheFirstEvent_FailsClearly_AndNeverRepeatsTheCreate()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = _ => (Boundaries[1] / 2, CutKind.Reset) };
        var client = StreamTestClient.Create(server);

        var ex = await Assert.ThrowsAsync<ResponsesStreamException>(() => StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "m" })));

        Assert.Null(ex.ResponseId);
        Assert.Null(ex.ResumeToken);
        Assert.Contains("response id is unknown", ex.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task RefusedCreate_SurfacesTheApiError_AndIsNotRetried()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events)
        {
            Override = _ => InMemoryStreamingServer.Json(HttpStatusCode.TooManyRequests, """{"error":{"message":"Rate limit reached.","type":"requests","param":null,"code":"rate_limit_exceeded"}}"""),
        };
        var client = StreamTestClient.Create(server);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "m" })));

        Assert.Equal(429, ex.Status);
        Assert.Single(server.Requests);
    }

    [Fact]
    public void SmuggledStreamFlag_IsRejectedAtTheCall()
    {
        var client = StreamTestClient.Create(new InMemoryStreamingServer(RecordedStream.Events));
        var request = new CreateResponseRequest { AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["stream"] = JsonNodeElement("false") } };

        Assert.Throws<ArgumentException>(() => client.CreateStreamingAsync(request));
    }

    private static System.Text.Json.JsonElement JsonNodeElement(string json) => System.Text.Json.JsonDocument.Parse(JsonNode.Parse(json)!.ToJsonString()).RootElement;
}
