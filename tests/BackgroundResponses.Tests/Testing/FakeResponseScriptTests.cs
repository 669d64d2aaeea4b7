using BackgroundResponses.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

public class FakeResponseScriptTests
{
    private const string Question = "How do sea otters use tools?";

    [Fact]
    public async Task DeepResearch_StreamsEveryItemWithItsWireEvents_AndOurClientDecodesThemTyped()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();

        var events = await client.CreateStreamingAsync(ResearchRequest(includeSources: true)).CollectAsync();

        AssertGapless(events);
        var completed = Assert.IsType<ResponseCompletedEvent>(events[^1]);
        var output = completed.Response.Output;
        Assert.Equal(
            ["reasoning", "web_search_call", "web_search_call", "web_search_call", "reasoning", "web_search_call", "web_search_call", "reasoning", "message"],
            output.Select(item => item.Type));
        Assert.Equal(AsRead(server.GetResponse(completed.Response.Id)!), Json(completed.Response));

        // Each web search: added (in_progress) → in_progress → searching → completed → done, on consecutive sequence numbers.
        var searches = output.OfType<WebSearchCallItem>().ToList();
        foreach (var search in searches)
        {
            var index = output.IndexOf(search);
            var own = events.Where(e => OutputIndexOf(e) == index).ToList();
            Assert.Equal(
                ["response.output_item.added", "response.web_search_call.in_progress", "response.web_search_call.searching", "response.web_search_call.completed", "response.output_item.done"],
                own.Select(e => e.Type));
            Assert.Equal(Enumerable.Range(own[0].SequenceNumber!.Value, 5).Select(n => (int?)n), own.Select(e => e.SequenceNumber));
            var added = Assert.IsType<WebSearchCallItem>(((ResponseOutputItemAddedEvent)own[0]).Item);
            Assert.Equal(ResponseItemStatus.InProgress, added.Status);
            Assert.Equal(search.Id, added.Id);
            Assert.Equal(search.Action!.Type, added.Action!.Type);
            Assert.All(own.Skip(1).Take(3), e => Assert.Equal(search.Id, ItemIdOf(e)));
            Assert.Equal(ResponseItemStatus.Completed, search.Status);
            Assert.StartsWith("ws_", search.Id, StringComparison.Ordinal);
        }

        var first = Assert.IsType<WebSearchSearchAction>(searches[0].Action);
        Assert.Equal("sea otter tool use rocks study", first.Query);
        Assert.Equal([first.Query!], first.Queries!);
        Assert.Equal(3, first.Sources!.Count);
        Assert.All(first.Sources!, source => Assert.Equal("url", source.Type));
        var opened = Assert.IsType<WebSearchOpenPageAction>(searches[1].Action);
        Assert.Equal(first.Sources![0].Url, opened.Url);
        var found = Assert.IsType<WebSearchFindInPageAction>(searches[2].Action);
        Assert.Equal((opened.Url, "anvil"), (found.Url, found.Pattern));

        // Reasoning: one summary part per scripted paragraph, each added → deltas → text done → part done.
        var secondReasoning = Assert.IsType<ReasoningItem>(output[4]);
        Assert.Equal(2, secondReasoning.Summary.Count);
        var reasoningEvents = events.Where(e => OutputIndexOf(e) == 4).ToList();
        Assert.Equal([0, 1], reasoningEvents.OfType<ResponseReasoningSummaryPartAddedEvent>().Select(e => e.SummaryIndex));
        for (var part = 0; part < 2; part++)
        {
            var deltas = reasoningEvents.OfType<ResponseReasoningSummaryTextDeltaEvent>().Where(e => e.SummaryIndex == part);
            Assert.Equal(secondReasoning.Summary[part].Text, string.Concat(deltas.Select(d => d.Delta)));
            Assert.Equal(secondReasoning.Summary[part].Text, reasoningEvents.OfType<ResponseReasoningSummaryTextDoneEvent>().Single(e => e.SummaryIndex == part).Text);
        }

        // The message: deltas make the text, each citation is announced once the text it covers has arrived.
        var message = Assert.IsType<MessageItem>(output[^1]);
        var part0 = Assert.IsType<OutputTextPart>(Assert.Single(message.Content));
        Assert.Equal(part0.Text, Text(events));
        Assert.Contains(Question, part0.Text, StringComparison.Ordinal);
        var citations = part0.Annotations.Cast<UrlCitationAnnotation>().ToList();
        Assert.Equal(3, citations.Count);
        foreach (var citation in citations)
        {
            var span = part0.Text![citation.StartIndex!.Value..citation.EndIndex!.Value];
            Assert.Equal($"([{new Uri(citation.Url!).Host}]({citation.Url}))", span);
            Assert.False(string.IsNullOrEmpty(citation.Title));
        }

        var announced = events.OfType<ResponseOutputTextAnnotationAddedEvent>().ToList();
        Assert.Equal([0, 1, 2], announced.Select(e => e.AnnotationIndex));
        Assert.All(announced, e => Assert.Equal((message.Id, 8, 0), (e.ItemId, e.OutputIndex, e.ContentIndex)));
        Assert.Equal(citations.Select(Json), announced.Select(e => Json(e.Annotation!)));
        foreach (var e in announced)
        {
            var streamedBefore = Text(events.Where(x => x.SequenceNumber < e.SequenceNumber));
            var end = ((UrlCitationAnnotation)e.Annotation!).EndIndex!.Value;
            Assert.InRange(end, streamedBefore.Length - 4 + 1, streamedBefore.Length);
        }

        var partDone = events.OfType<ResponseContentPartDoneEvent>().Single();
        Assert.Equal(citations.Select(Json), ((OutputTextPart)partDone.Part).Annotations.Select(Json));
        var itemDone = events.OfType<ResponseOutputItemDoneEvent>().Last();
        Assert.Equal(Json(message), Json(itemDone.Item));
        Assert.Equal(ResponseItemStatus.Completed, message.Status);
        Assert.True(completed.Response.Usage!.OutputTokensDetails!.ReasoningTokens > 0);
    }

    [Fact]
    public async Task DeepResearch_WithoutTheSourcesInclude_SearchesCarryNoSources()
    {
        await using var server = await StartAsync(o => o.DeltaLength = 32);
        var client = server.FastClient();

        var created = await client.CreateAsync(ResearchRequest(includeSources: false));
        var done = await client.PollUntilTerminalAsync(created.Id);

        var searches = done.Output.OfType<WebSearchCallItem>().Select(s => s.Action).OfType<WebSearchSearchAction>().ToList();
        Assert.Equal(2, searches.Count);
        Assert.All(searches, s => Assert.Null(s.Sources));
    }

    [Theory]
    [InlineData("o4-mini-deep-research", false)]
    [InlineData("o3-deep-research-2025-06-26", false)]
    [InlineData("gpt-5.5", true)]
    public async Task DeepResearch_IsTheDefaultForDeepResearchModelsAndWebSearchTools(string model, bool withTool)
    {
        await using var server = await StartAsync(o => o.DeltaLength = 32);
        var client = server.FastClient();
        var request = new CreateResponseRequest { Model = model, Input = Question, Tools = withTool ? [new WebSearchTool()] : null };

        var done = await client.PollUntilTerminalAsync((await client.CreateAsync(request)).Id);

        Assert.Equal(5, done.Output.OfType<WebSearchCallItem>().Count());
        Assert.Equal(3, done.Output.OfType<MessageItem>().Single().Content.OfType<OutputTextPart>().Single().Annotations.Count);
    }

    [Fact]
    public async Task DeepResearch_PollingSeesTheSameRunAsTheStream_AndTheResponseEchoesToolsAndReasoning()
    {
        await using var server = await StartAsync(o => o.DeltaLength = 32);
        var client = server.FastClient();
        var created = await client.CreateAsync(ResearchRequest(includeSources: true));

        var polled = await client.PollUntilTerminalAsync(created.Id);
        var streamed = (ResponseCompletedEvent)(await client.StreamAsync(created.Id).CollectAsync())[^1];

        Assert.Equal(ResponseStatus.Completed, polled.Status);
        Assert.Equal(Json(streamed.Response), Json(polled));
        var tool = Assert.IsType<WebSearchTool>(Assert.Single(polled.Tools!));
        Assert.Equal(WebSearchTool.PreviewTypeValue, tool.Type);
        Assert.Equal(ReasoningSummaryMode.Auto, polled.Reasoning!.Summary);
    }

    [Fact]
    public async Task DeepResearch_DroppedInTheMiddleOfAWebSearch_ResumesGaplessWithOneCreate()
    {
        await using var server = await StartAsync(o => o.DeltaLength = 32);
        var client = server.FastClient();

        // Learn where the first search is "searching" from a clean run; the script is deterministic.
        var clean = await client.CreateStreamingAsync(ResearchRequest(includeSources: true)).CollectAsync();
        var searching = clean.OfType<ResponseWebSearchCallSearchingEvent>().First().SequenceNumber!.Value;
        server.ClearRequests();

        server.Faults.DropNextStreamAfter(events: searching);
        var events = await client.CreateStreamingAsync(ResearchRequest(includeSources: true)).CollectAsync();

        AssertGapless(events);
        Assert.Equal(clean.Select(e => e.Type), events.Select(e => e.Type));
        Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.Contains(server.Requests, r => r.Method == "GET" && r.Query.Contains($"starting_after={searching - 1}", StringComparison.Ordinal));
        var completed = (ResponseCompletedEvent)events[^1];
        Assert.Equal(AsRead(server.GetResponse(completed.Response.Id)!), Json(completed.Response));

        // A saved token taken at the searching event resumes with the search's completion.
        var resumed = await client.StreamAsync(new ResponseResumeToken(completed.Response.Id, searching)).CollectAsync();
        Assert.IsType<ResponseWebSearchCallCompletedEvent>(resumed[0]);
        AssertGapless(resumed, first: searching + 1);
        Assert.Equal(events.Skip(searching + 1).Select(e => e.Type), resumed.Select(e => e.Type));
    }

    [Fact]
    public async Task CancelDuringAWebSearch_KeepsTheSearchAsItWas()
    {
        await using var server = await StartAsync(o => o.EventDelay = TimeSpan.FromMilliseconds(30));
        var client = server.FastClient();
        var created = await client.CreateAsync(ResearchRequest(includeSources: true));
        await WaitForAsync(client, created.Id, r => r.Output.OfType<WebSearchCallItem>().Any(s => s.Status == ResponseItemStatus.Searching));

        var cancelled = await client.CancelAsync(created.Id);

        Assert.Equal(ResponseStatus.Cancelled, cancelled.Status);
        var search = cancelled.Output.OfType<WebSearchCallItem>().Last();
        Assert.True(search.Status == ResponseItemStatus.Searching || search.Status == ResponseItemStatus.Completed, search.Status.ToString());
        Assert.Equal(Json(cancelled), Json(await client.RetrieveAsync(created.Id)));
    }

    [Fact]
    public async Task FailNextResponse_CountsTheReportsTextDeltas_AfterTheSearches()
    {
        await using var server = await StartAsync();
        var client = server.FastClient();
        server.Faults.FailNextResponse(afterTextDeltas: 3);

        var events = await client.CreateStreamingAsync(ResearchRequest(includeSources: false)).CollectAsync();

        AssertGapless(events);
        var failed = Assert.IsType<ResponseFailedEvent>(events[^1]);
        Assert.Equal(ResponseStatus.Failed, failed.Response.Status);
        Assert.Equal(3, events.OfType<ResponseTextDeltaEvent>().Count());
        Assert.Equal(5, failed.Response.Output.OfType<WebSearchCallItem>().Count());
    }

    [Fact]
    public async Task CustomScript_PlaysExactlyTheScriptedItems()
    {
        const string Url = "https://otters.example/tools";
        await using var server = await StartAsync(o => o.Script = request => request.Input?.Text == "plain" ? null : new FakeResponseScript()
            .Reasoning("Thinking about stones.")
            .WebSearch("otter stones", Url)
            .FindInPage(Url, "stone")
            .Message(m => m.Text("Otters use ").Cite("stones", Url, "Otter tools").Text(" to open shells."))
            .Message("A second message."));
        var client = server.FastClient();

        var events = await client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "scripted", Include = [ResponseIncludable.WebSearchCallActionSources] }).CollectAsync();
        var plain = await client.PollUntilTerminalAsync((await client.CreateAsync(Request("plain"))).Id);

        AssertGapless(events);
        var response = ((ResponseCompletedEvent)events[^1]).Response;
        Assert.Equal(["reasoning", "web_search_call", "web_search_call", "message", "message"], response.Output.Select(i => i.Type));
        Assert.Equal("Thinking about stones.", ((ReasoningItem)response.Output[0]).Summary.Single().Text);
        Assert.Equal(Url, Assert.Single(((WebSearchSearchAction)((WebSearchCallItem)response.Output[1]).Action!).Sources!).Url);
        Assert.Equal("Otters use stones to open shells.A second message.", response.OutputText);
        var citation = Assert.IsType<UrlCitationAnnotation>(Assert.Single(((OutputTextPart)((MessageItem)response.Output[3]).Content[0]).Annotations));
        Assert.Equal((11, 17, Url, "Otter tools"), (citation.StartIndex, citation.EndIndex, citation.Url, citation.Title));
        var announced = Assert.Single(events.OfType<ResponseOutputTextAnnotationAddedEvent>());
        Assert.Equal((3, 0), (announced.OutputIndex, announced.AnnotationIndex));
        Assert.Equal(2, events.OfType<ResponseTextDoneEvent>().Count());

        // A script that returns null gets the default run.
        Assert.Equal(FakeResponsesServerOptions.DefaultOutputText(Request("plain")), plain.OutputText);
    }

    [Fact]
    public async Task Citations_CountCodePointsAsTheApiDoes_AndGetCitationsFindsTheSpans()
    {
        const string Url = "https://otters.example/emoji";
        await using var server = await StartAsync(o => o.Script = _ => new FakeResponseScript()
            .Message(m => m.Text("Otters 🦦 and stones 🪨: ").Cite("both float", Url, "Floating").Text(" ").Cite("🦦", Url, "Floating")));
        var client = server.FastClient();

        var done = await client.PollUntilTerminalAsync((await client.CreateAsync(Request())).Id);

        var annotations = ((OutputTextPart)((MessageItem)done.Output.Single()).Content[0]).Annotations.Cast<UrlCitationAnnotation>().ToList();
        // Two emoji before the first span: 23 code points, 25 UTF-16 units.
        Assert.Equal([(23, 33), (34, 35)], annotations.Select(a => (a.StartIndex!.Value, a.EndIndex!.Value)));
        var citations = done.GetCitations();
        Assert.Equal(["both float", "🦦"], citations.Select(c => c.CitedText));
        Assert.All(citations, c => Assert.Equal(1, c.SourceNumber));
    }

    [Fact]
    public async Task ScriptThatThrows_FailsTheCreateWith500()
    {
        await using var server = await StartAsync(o => o.Script = _ => throw new InvalidOperationException("bad script"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var answer = await http.PostAsync("responses", new StringContent("""{"model":"gpt-5.5","input":"hi","background":true}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.DoesNotContain(server.Requests, r => r.Method == "GET");
    }

    [Fact]
    public async Task SeedResponse_AnEarlierProcessesTokenResumesOnANewServer_WithoutACreate()
    {
        const string Id = "resp_from_an_earlier_process";
        await using var server = await StartAsync(o => o.DeltaLength = 32);
        var client = server.FastClient();

        var seeded = server.SeedResponse(Id, ResearchRequest(includeSources: true));
        var resumed = await client.StreamAsync(new ResponseResumeToken(Id, 10)).CollectAsync();

        Assert.Equal((Id, (ResponseStatus?)ResponseStatus.Queued, true), (seeded.Id, seeded.Status, seeded.Background));
        AssertGapless(resumed, first: 11);
        var completed = Assert.IsType<ResponseCompletedEvent>(resumed[^1]);
        Assert.Equal(5, completed.Response.Output.OfType<WebSearchCallItem>().Count());
        Assert.DoesNotContain(server.Requests, r => r.Method == "POST");
        Assert.Throws<InvalidOperationException>(() => server.SeedResponse(Id, ResearchRequest(includeSources: true)));
        Assert.Throws<ArgumentException>(() => server.SeedResponse("not_a_response", ResearchRequest(includeSources: true)));
        Assert.Throws<ArgumentException>(() => server.SeedResponse("resp_x", new CreateResponseRequest { Input = "no model" }));
    }

    [Fact]
    public void Builder_RejectsEmptyPieces()
    {
        var script = new FakeResponseScript();

        Assert.Throws<ArgumentException>(() => script.Reasoning());
        Assert.Throws<ArgumentException>(() => script.Reasoning("ok", string.Empty));
        Assert.Throws<ArgumentException>(() => script.WebSearch(string.Empty));
        Assert.Throws<ArgumentException>(() => script.WebSearch("q", "https://a.example", string.Empty));
        Assert.Throws<ArgumentException>(() => script.OpenPage(string.Empty));
        Assert.Throws<ArgumentException>(() => script.FindInPage("https://a.example", string.Empty));
        Assert.Throws<ArgumentException>(() => script.Message(string.Empty));
        Assert.Throws<ArgumentException>(() => script.Message(m => m.Text(string.Empty)));
        Assert.Throws<ArgumentException>(() => script.Message(m => m.Cite("x", "https://a.example", string.Empty)));
        Assert.Throws<ArgumentNullException>(() => FakeResponseScript.DeepResearch(null!));
        Assert.Equal(0, script.Count);
        Assert.Equal(9, FakeResponseScript.DeepResearch(Request()).Count);
    }

    private static CreateResponseRequest ResearchRequest(bool includeSources) => new()
    {
        Model = "o4-mini-deep-research",
        Input = Question,
        Tools = [WebSearchTool.Preview()],
        Reasoning = new ResponseReasoningOptions { Summary = ReasoningSummaryMode.Auto },
        Include = includeSources ? [ResponseIncludable.WebSearchCallActionSources] : null,
    };

    private static int? OutputIndexOf(ResponseStreamEvent e) => e switch
    {
        ResponseOutputItemAddedEvent x => x.OutputIndex,
        ResponseOutputItemDoneEvent x => x.OutputIndex,
        ResponseWebSearchCallInProgressEvent x => x.OutputIndex,
        ResponseWebSearchCallSearchingEvent x => x.OutputIndex,
        ResponseWebSearchCallCompletedEvent x => x.OutputIndex,
        ResponseReasoningSummaryPartAddedEvent x => x.OutputIndex,
        ResponseReasoningSummaryTextDeltaEvent x => x.OutputIndex,
        ResponseReasoningSummaryTextDoneEvent x => x.OutputIndex,
        ResponseReasoningSummaryPartDoneEvent x => x.OutputIndex,
        _ => null,
    };

    private static string? ItemIdOf(ResponseStreamEvent e) => e switch
    {
        ResponseWebSearchCallInProgressEvent x => x.ItemId,
        ResponseWebSearchCallSearchingEvent x => x.ItemId,
        ResponseWebSearchCallCompletedEvent x => x.ItemId,
        _ => null,
    };

    private static string Json(ModelResponse response) => ResponsesJson.Serialize(response);

    // The server's own snapshot as a client reads it off the wire (explicit nulls become absent properties).
    private static string AsRead(ModelResponse response) => Json(ResponsesJson.DeserializeModelResponse(Json(response)));

    private static string Json(ResponseItem item) => ResponsesJson.Serialize(item);

    private static string Json(ResponseAnnotation annotation) => System.Text.Json.JsonSerializer.Serialize(annotation, ResponsesJson.Options.GetTypeInfo(typeof(ResponseAnnotation)));
}
