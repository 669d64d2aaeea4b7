using System.ClientModel;
using BackgroundResponses.Testing;
using OpenAI;
using OpenAI.Responses;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;
using OfficialClient = OpenAI.Responses.ResponsesClient;

// Our SDK's types of the same names win inside namespace BackgroundResponses.*; these name the official ones.
using OfficialFindInPage = OpenAI.Responses.WebSearchFindInPageAction;
using OfficialItem = OpenAI.Responses.ResponseItem;
using OfficialOpenPage = OpenAI.Responses.WebSearchOpenPageAction;
using OfficialSearch = OpenAI.Responses.WebSearchSearchAction;
using OfficialStatus = OpenAI.Responses.ResponseStatus;

namespace BackgroundResponses.Tests.Testing;

/// <summary>
/// Fidelity proof for <see cref="FakeResponsesServer"/>: the official <c>OpenAI</c> 2.15.0 .NET client, unchanged and on its own
/// HTTP transport, creates, retrieves, cancels, streams and resumes against the fake. If the fake drifted from the real wire
/// shape, these would fail in the official client's deserializers rather than in ours.
/// </summary>
public class OfficialClientFidelityTests
{
    private const string Model = "gpt-5.5";
    private const string Prompt = "Tell me a story about otters.";

    [Fact]
    public async Task CreateBackground_IsQueued_ThenRetrieveReachesCompletedWithTheServersText()
    {
        await using var server = await StartAsync();
        var client = Official(server);

        ResponseResult created = await client.CreateResponseAsync(Create(background: true));

        Assert.Equal(OfficialStatus.Queued, created.Status);
        Assert.True(created.BackgroundModeEnabled);
        Assert.StartsWith("resp_", created.Id, StringComparison.Ordinal);
        Assert.Equal(Model, created.Model);

        var completed = await WaitForOfficialAsync(client, created.Id, r => r.Status == OfficialStatus.Completed);
        Assert.Equal(created.Id, completed.Id);
        Assert.Equal(server.GetResponse(created.Id)!.OutputText, completed.GetOutputText());
        Assert.NotNull(completed.Usage);
    }

    [Fact]
    public async Task Retrieve_SeesTheSameResponseAsOurClient()
    {
        await using var server = await StartAsync();
        var official = Official(server);
        var ours = server.FastClient();
        var created = await ours.CreateAsync(Request(Prompt));
        var done = await ours.PollUntilTerminalAsync(created.Id);

        ResponseResult retrieved = await official.GetResponseAsync(created.Id);

        Assert.Equal(created.Id, retrieved.Id);
        Assert.Equal(OfficialStatus.Completed, retrieved.Status);
        Assert.Equal(done.OutputText, retrieved.GetOutputText());
        Assert.Equal(done.CreatedAt, retrieved.CreatedAt);
    }

    [Fact]
    public async Task Cancel_IsCancelled_AndASecondCancelIsIdempotent()
    {
        // A long reply and slow pacing keep the response running when the cancel arrives.
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(50));
        var client = Official(server);
        ResponseResult created = await client.CreateResponseAsync(Create(background: true));

        ResponseResult cancelled = await client.CancelResponseAsync(created.Id);
        ResponseResult again = await client.CancelResponseAsync(created.Id);

        Assert.Equal(OfficialStatus.Cancelled, cancelled.Status);
        Assert.Equal(OfficialStatus.Cancelled, again.Status);
        Assert.Equal(created.Id, again.Id);
        ResponseResult retrieved = await client.GetResponseAsync(created.Id);
        Assert.Equal(OfficialStatus.Cancelled, retrieved.Status);
    }

    [Fact]
    public async Task CreateStreamingBackground_ReadsEveryUpdateGaplessToTheCompletedResponse()
    {
        await using var server = await StartAsync();
        var client = Official(server);

        var updates = await CollectAsync(await client.CreateResponseStreamingAsync(Create(background: true, stream: true)));

        AssertGaplessUpdates(updates, first: 0);
        Assert.IsType<StreamingResponseCreatedUpdate>(updates[0]);
        Assert.Contains(updates, u => u is StreamingResponseQueuedUpdate);
        Assert.Contains(updates, u => u is StreamingResponseInProgressUpdate);
        var completed = Assert.IsType<StreamingResponseCompletedUpdate>(updates[^1]);
        var serverText = server.GetResponse(completed.Response.Id)!.OutputText;
        Assert.Equal(serverText, OfficialText(updates));
        Assert.Equal(serverText, completed.Response.GetOutputText());
        Assert.Equal(serverText, Assert.Single(updates.OfType<StreamingResponseOutputTextDoneUpdate>()).Text);
        Assert.Equal(OfficialStatus.Completed, completed.Response.Status);
    }

    [Fact]
    public async Task ResumeWithStartingAfter_FirstUpdateIsTheNextSequenceNumber()
    {
        await using var server = await StartAsync();
        var client = Official(server);
        var ours = server.FastClient();
        var created = await ours.CreateAsync(Request(Prompt));
        await ours.PollUntilTerminalAsync(created.Id);
        const int startingAfter = 10;

        var updates = await CollectAsync(await client.GetResponseStreamingAsync(
            new GetResponseOptions(created.Id) { StartingAfter = startingAfter, StreamingEnabled = true }));

        Assert.Equal(startingAfter + 1, updates[0].SequenceNumber);
        AssertGaplessUpdates(updates, first: startingAfter + 1);
        Assert.IsType<StreamingResponseCompletedUpdate>(updates[^1]);
        Assert.Contains(server.Requests, r => r.Path == $"/v1/responses/{created.Id}" && r.Query.Contains($"starting_after={startingAfter}", StringComparison.Ordinal));

        // The resumed suffix plus our client's prefix is the whole text: the cursor is exclusive, nothing repeats.
        var prefix = await ours.StreamAsync(created.Id).CollectAsync();
        var prefixText = Text(prefix.Where(e => e.SequenceNumber <= startingAfter));
        Assert.Equal(server.GetResponse(created.Id)!.OutputText, prefixText + OfficialText(updates));
    }

    [Fact]
    public async Task SecondClient_StreamsARunningResponseWhileItIsGenerated()
    {
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(2));
        var first = Official(server);
        var second = Official(server);
        var creating = await first.CreateResponseStreamingAsync(Create(background: true, stream: true));

        string? id = null;
        var firstUpdates = new List<StreamingResponseUpdate>();
        Task<List<StreamingResponseUpdate>>? secondRead = null;
        await foreach (var update in creating)
        {
            firstUpdates.Add(update);
            if (update is StreamingResponseCreatedUpdate created)
            {
                id = created.Response.Id;

                // Attached while the first stream is still open and the response is not done.
                Assert.True(server.GetResponse(id)!.Status is { IsTerminal: false });
                secondRead = Task.Run(async () => await CollectAsync(await second.GetResponseStreamingAsync(new GetResponseOptions(id) { StreamingEnabled = true })));
            }
        }

        var secondUpdates = await secondRead!;
        AssertGaplessUpdates(secondUpdates, first: 0);
        Assert.Equal(firstUpdates.Select(u => u.SequenceNumber), secondUpdates.Select(u => u.SequenceNumber));
        Assert.Equal(OfficialText(firstUpdates), OfficialText(secondUpdates));
        Assert.Equal(server.GetResponse(id!)!.OutputText, OfficialText(secondUpdates));
        Assert.IsType<StreamingResponseCompletedUpdate>(secondUpdates[^1]);
    }

    [Fact]
    public async Task DroppedCreateStream_OfficialClientThrows_OurClientResumesTransparently()
    {
        await using var server = await StartAsync();
        var official = Official(server);
        var ours = server.FastClient();

        // The official client cannot resume a create stream: System.ClientModel's reconnecting SSE stream refuses to replay
        // the POST (no SSE ids), so the reset reaches the caller mid-enumeration.
        server.Faults.DropNextStreamAfter(events: 20);
        var seen = new List<StreamingResponseUpdate>();
        var thrown = await Record.ExceptionAsync(async () =>
        {
            await foreach (var update in await official.CreateResponseStreamingAsync(Create(background: true, stream: true)))
            {
                seen.Add(update);
            }
        });

        Assert.IsAssignableFrom<IOException>(thrown);

        // The reset may discard the last events still unread in the socket, so only an upper bound is exact.
        Assert.InRange(seen.Count, 1, 20);
        AssertGaplessUpdates(seen, first: 0);
        Assert.DoesNotContain(seen, u => u is StreamingResponseCompletedUpdate);
        Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.DoesNotContain(server.Requests, r => r.Method == "GET");

        // The same fault on our client: it reconnects with starting_after and the caller sees one gapless stream.
        server.ClearRequests();
        server.Faults.DropNextStreamAfter(events: 20);
        var events = await ours.CreateStreamingAsync(Request(Prompt)).CollectAsync();

        AssertGapless(events);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(server.GetResponse(completed.Response.Id)!.OutputText, Text(events));
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Query.Contains("starting_after=19", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DroppedGetStream_OfficialClientReplaysFromZero_OurClientResumesGapless()
    {
        // Paced so both streams attach while the response runs and the drop lands mid-generation.
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(2));
        var official = Official(server);
        var ours = server.FastClient();
        var created = await ours.CreateAsync(Request(Prompt));

        // A GET is replayable, so System.ClientModel reconnects by itself after the SSE default retry (about 3 s) — but the
        // service sends no SSE ids and the official client adds no starting_after, so the same URL replays from 0: duplicates.
        server.Faults.DropNextStreamAfter(events: 20);
        var updates = await CollectAsync(await official.GetResponseStreamingAsync(new GetResponseOptions(created.Id) { StreamingEnabled = true }));

        var streamRequests = server.Requests.Where(r => r.Method == "GET" && r.Query.Contains("stream=true", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, streamRequests.Count);
        Assert.All(streamRequests, r => Assert.Equal("?stream=true", r.Query));
        Assert.All(streamRequests, r => Assert.False(r.Headers.ContainsKey("Last-Event-ID")));
        Assert.Equal(2, updates.Count(u => u.SequenceNumber == 0));
        var completed = Assert.IsType<StreamingResponseCompletedUpdate>(updates[^1]);
        var serverText = server.GetResponse(created.Id)!.OutputText;
        Assert.Equal(serverText, completed.Response.GetOutputText());
        var deltaText = OfficialText(updates);
        Assert.NotEqual(serverText, deltaText);
        Assert.EndsWith(serverText, deltaText, StringComparison.Ordinal);

        // The same fault on our client, on a fresh running response: one request more, with the cursor, and no repeats.
        var second = await ours.CreateAsync(Request(Prompt));
        server.ClearRequests();
        server.Faults.DropNextStreamAfter(events: 20);
        var events = await ours.StreamAsync(second.Id).CollectAsync();

        AssertGapless(events);
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Equal(server.GetResponse(second.Id)!.OutputText, Text(events));
        Assert.Contains(server.Requests, r => r.Query.Contains("starting_after=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeepResearchRun_OfficialClientDecodesSearchesReasoningAndCitations()
    {
        await using var server = await StartAsync(o => o.DeltaLength = 16);
        var client = Official(server);
        var options = new CreateResponseOptions("o4-mini-deep-research", [OfficialItem.CreateUserMessageItem(Prompt)]) { BackgroundModeEnabled = true, StreamingEnabled = true };
        options.Tools.Add(OpenAI.Responses.ResponseTool.CreateWebSearchPreviewTool());
        options.IncludedProperties.Add(IncludedResponseProperty.WebSearchCallActionSources);

        var updates = await CollectAsync(await client.CreateResponseStreamingAsync(options));

        AssertGaplessUpdates(updates, first: 0);
        Assert.Equal(5, updates.OfType<StreamingResponseWebSearchCallInProgressUpdate>().Count());
        Assert.Equal(5, updates.OfType<StreamingResponseWebSearchCallSearchingUpdate>().Count());
        Assert.Equal(5, updates.OfType<StreamingResponseWebSearchCallCompletedUpdate>().Count());
        Assert.Contains(updates, u => u is StreamingResponseReasoningSummaryTextDeltaUpdate);
        Assert.Equal([0, 1, 2], updates.OfType<StreamingResponseOutputTextAnnotationAddedUpdate>().Select(u => u.AnnotationIndex));
        var completed = Assert.IsType<StreamingResponseCompletedUpdate>(updates[^1]);
        var ours = server.GetResponse(completed.Response.Id)!;

        var searches = completed.Response.OutputItems.OfType<WebSearchCallResponseItem>().ToList();
        Assert.Equal(ours.Output.OfType<WebSearchCallItem>().Select(s => s.Id), searches.Select(s => s.Id));
        var search = Assert.IsType<OfficialSearch>(searches[0].Action);
        Assert.Equal(["sea otter tool use rocks study"], search.Queries);
        Assert.Equal(3, search.Sources.Count);
        Assert.IsType<OfficialOpenPage>(searches[1].Action);
        Assert.Equal("anvil", Assert.IsType<OfficialFindInPage>(searches[2].Action).Pattern);
        var summaries = completed.Response.OutputItems.OfType<ReasoningResponseItem>().SelectMany(r => r.SummaryParts.OfType<ReasoningSummaryTextPart>()).Select(p => p.Text);
        Assert.Equal(ours.Output.OfType<ReasoningItem>().SelectMany(r => r.Summary).Select(p => p.Text), summaries);
        var message = Assert.Single(completed.Response.OutputItems.OfType<MessageResponseItem>());
        var citations = message.Content[0].OutputTextAnnotations.Cast<UriCitationMessageAnnotation>().ToList();
        var expected = ((OutputTextPart)ours.Output.OfType<MessageItem>().Single().Content[0]).Annotations.Cast<UrlCitationAnnotation>().ToList();
        Assert.Equal(expected.Select(c => (c.StartIndex, c.EndIndex, c.Url, c.Title)), citations.Select(c => ((int?)c.StartIndex, (int?)c.EndIndex, (string?)c.Uri.AbsoluteUri, (string?)c.Title)));
        Assert.Equal(ours.OutputText, completed.Response.GetOutputText());
    }

    [Fact]
    public async Task UnknownId_OfficialClientThrowsClientResultExceptionWith404()
    {
        await using var server = await StartAsync();
        var client = Official(server);

        var retrieve = await Assert.ThrowsAsync<ClientResultException>(() => client.GetResponseAsync("resp_does_not_exist"));
        var cancel = await Assert.ThrowsAsync<ClientResultException>(() => client.CancelResponseAsync("resp_does_not_exist"));

        Assert.Equal(404, retrieve.Status);
        Assert.Equal(404, cancel.Status);
        Assert.Contains("resp_does_not_exist", retrieve.Message, StringComparison.Ordinal);
        var body = retrieve.GetRawResponse()!.Content.ToString();
        Assert.Contains("\"error\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiredApiKey_OfficialClientAuthenticatesWithIt()
    {
        await using var server = await StartAsync(o => o.ApiKey = "sk-fidelity");
        var client = Official(server, "sk-fidelity");
        var wrongKey = Official(server, "sk-wrong");

        ResponseResult created = await client.CreateResponseAsync(Create(background: true));
        var rejected = await Assert.ThrowsAsync<ClientResultException>(() => wrongKey.GetResponseAsync(created.Id));

        Assert.Equal(OfficialStatus.Queued, created.Status);
        Assert.Equal(401, rejected.Status);
    }

    private static OfficialClient Official(FakeResponsesServer server, string apiKey = FakeResponsesServer.DefaultClientApiKey) =>
        new OpenAIClient(new ApiKeyCredential(apiKey), new OpenAIClientOptions
        {
            Endpoint = server.BaseAddress,

            // Against a local fake a retry would only hide a wrong answer; the drop test must see the raw failure.
            RetryPolicy = new System.ClientModel.Primitives.ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(30),
        }).GetResponsesClient();

    private static CreateResponseOptions Create(bool background, bool stream = false) =>
        new(Model, [OfficialItem.CreateUserMessageItem(Prompt)]) { BackgroundModeEnabled = background, StreamingEnabled = stream };

    private static async Task<List<StreamingResponseUpdate>> CollectAsync(IAsyncEnumerable<StreamingResponseUpdate> updates)
    {
        var list = new List<StreamingResponseUpdate>();
        await foreach (var update in updates)
        {
            list.Add(update);
        }

        return list;
    }

    private static void AssertGaplessUpdates(IReadOnlyList<StreamingResponseUpdate> updates, int first) =>
        Assert.Equal(Enumerable.Range(first, updates.Count), updates.Select(u => u.SequenceNumber));

    private static string OfficialText(IEnumerable<StreamingResponseUpdate> updates) =>
        string.Concat(updates.OfType<StreamingResponseOutputTextDeltaUpdate>().Select(d => d.Delta));

    private static async Task<ResponseResult> WaitForOfficialAsync(OfficialClient client, string id, Func<ResponseResult, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            ResponseResult response = await client.GetResponseAsync(id);
            if (condition(response))
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out; last status {response.Status}.");
            await Task.Delay(5);
        }
    }
}
