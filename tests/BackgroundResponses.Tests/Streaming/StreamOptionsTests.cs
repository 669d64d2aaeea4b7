using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class StreamOptionsTests
{
    private static readonly int[] Boundaries = RecordedStream.Boundaries(RecordedStream.Events);

    [Fact]
    public async Task StreamAsync_WithOptions_SendsTheSameIncludesAndObfuscationFlagOnEveryConnection()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = i => i < 2 ? (Boundaries[(i + 1) * 100], CutKind.Reset) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server);
        var options = new ResponseRetrieveOptions { Include = [ResponseIncludable.ReasoningEncryptedContent], IncludeObfuscation = false };

        var events = new List<ResponseStreamEvent>();
        await foreach (var e in client.StreamAsync(RecordedStream.ResponseId, startingAfter: null, options))
        {
            // Changing the options mid-stream must not change what the resumes ask for.
            options.IncludeObfuscation = true;
            options.Include.Clear();
            events.Add(e);
        }

        StreamTestClient.AssertGapless(events);
        Assert.Equal(RecordedStream.Text, StreamTestClient.Text(events));
        var queries = server.Requests.Select(r => r.RequestUri!.Query).ToList();
        Assert.Equal(3, queries.Count);
        Assert.Equal("?stream=true&include[]=reasoning.encrypted_content&include_obfuscation=false", queries[0]);
        Assert.Equal("?stream=true&starting_after=99&include[]=reasoning.encrypted_content&include_obfuscation=false", queries[1]);
        Assert.Matches("^\\?stream=true&starting_after=[0-9]+&include\\[\\]=reasoning\\.encrypted_content&include_obfuscation=false$", queries[2]);
    }

    [Fact]
    public async Task StreamAsync_RefusedAndFinishedByPolling_PollsWithTheSameIncludes()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events)
        {
            Override = _ => InMemoryStreamingServer.Json(System.Net.HttpStatusCode.BadRequest, """{"error":{"message":"This response can no longer be streamed.","type":"invalid_request_error","param":"stream","code":null}}"""),
        };
        var client = StreamTestClient.Create(server);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId, null, new ResponseRetrieveOptions { Include = [ResponseIncludable.ReasoningEncryptedContent], IncludeObfuscation = false }));

        Assert.IsType<ResponsePolledEvent>(Assert.Single(events));
        var poll = server.Requests.Last();
        Assert.Equal(HttpMethod.Get, poll.Method);
        Assert.Equal("?include[]=reasoning.encrypted_content&include_obfuscation=false", poll.RequestUri!.Query);
    }

    [Fact]
    public async Task StreamAsync_FromAResumeTokenWithOptions_StartsAfterItsPosition()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);
        var token = new ResponseResumeToken(RecordedStream.ResponseId, 9);

        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(token, new ResponseRetrieveOptions { IncludeObfuscation = true }));

        Assert.Equal(10, events[0].SequenceNumber);
        Assert.Equal("?stream=true&starting_after=9&include_obfuscation=true", Assert.Single(server.Requests).RequestUri!.Query);
    }

    [Fact]
    public async Task StreamAsync_WithNullOptions_SendsWhatTheOldOverloadSends()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);

        await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId, 5, options: null));

        Assert.Equal("?stream=true&starting_after=5", Assert.Single(server.Requests).RequestUri!.Query);
    }

    [Fact]
    public void StreamAsync_WithOptions_ValidatesAtTheCall()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);

        Assert.Throws<ArgumentException>(() => client.StreamAsync(RecordedStream.ResponseId, null, new ResponseRetrieveOptions { Include = [default] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.StreamAsync(RecordedStream.ResponseId, -1, new ResponseRetrieveOptions()));
        Assert.Throws<ArgumentNullException>(() => client.StreamAsync((ResponseResumeToken)null!, new ResponseRetrieveOptions()));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task CreateStreamingAsync_ResumesWithTheIncludesAndObfuscationFlagOfTheCreate()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = i => i == 0 ? (Boundaries[120] + 7, CutKind.Reset) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server);
        var request = new CreateResponseRequest
        {
            Model = "m",
            Input = "x",
            Include = [ResponseIncludable.MessageOutputTextLogprobs],
            StreamOptions = new ResponseStreamOptions { IncludeObfuscation = false },
        };

        var events = await StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(request));

        StreamTestClient.AssertGapless(events);
        Assert.Equal(HttpMethod.Post, server.Requests[0].Method);
        JsonAssert.Equal("""{"model":"m","input":"x","include":["message.output_text.logprobs"],"stream_options":{"include_obfuscation":false},"background":true,"stream":true}""", server.RequestBodies[0]!);
        Assert.Equal("?stream=true&starting_after=119&include[]=message.output_text.logprobs&include_obfuscation=false", server.Requests[1].RequestUri!.Query);
    }

    [Fact]
    public async Task CreateStreamingAsync_WithoutIncludesOrFlag_ResumesWithTheBareQuery()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events) { Cut = i => i == 0 ? (Boundaries[50], CutKind.Reset) : (null, CutKind.CleanEnd) };
        var client = StreamTestClient.Create(server);

        await StreamTestClient.ReadAllAsync(client.CreateStreamingAsync(new CreateResponseRequest { Model = "m", StreamOptions = new ResponseStreamOptions() }));

        Assert.Equal("?stream=true&starting_after=49", server.Requests[1].RequestUri!.Query);
    }
}
