using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Testing;

/// <summary>Keeps docs/testing.md's BackgroundResponses.Testing examples compiled and passing.</summary>
public class FakeResponsesServerReadmeTests
{
    [Fact]
    public void ReadmeFakeServerExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Testing", "FakeResponsesServerReadmeTests.cs");
        var readme = RepositoryFiles.ReadDocs("testing.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-fake-server"), RepositoryFiles.MarkdownSnippet(readme, "readme-fake-server"));
    }

    [Fact]
    public void ReadmeScriptedRunExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Testing", "FakeResponsesServerReadmeTests.cs");
        var readme = RepositoryFiles.ReadDocs("testing.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-fake-research"), RepositoryFiles.MarkdownSnippet(readme, "readme-fake-research"));
    }

    [Fact]
    public async Task ReadmeScriptedRunExample_Passes()
    {
        // begin-snippet: readme-fake-research
        const string Url = "https://otters.example/tools";
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(1),
            Script = request => new FakeResponseScript()
                .Reasoning("**Planning**\n\nOne good source will do.")
                .WebSearch("otter tool use", Url)
                .OpenPage(Url)
                .Message(m => m.Text("Otters crack shells on stones ").Cite($"([otters.example]({Url}))", Url, "Otter tools").Text(".")),
        });
        var client = server.CreateClient();

        var created = await client.CreateAsync(new CreateResponseRequest { Model = "o4-mini-deep-research", Input = "Do otters use tools?" });
        var done = await client.PollUntilTerminalAsync(created.Id);

        Assert.Equal([ResearchStepKind.Search, ResearchStepKind.OpenPage], done.GetResearchTrail().Select(step => step.Kind));
        var citation = Assert.Single(done.GetCitations());
        Assert.Equal((Url, "Otter tools", $"([otters.example]({Url}))"), (citation.Url, citation.Title, citation.CitedText));
        // end-snippet
    }

    [Fact]
    public void ReadmeToolCallExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Testing", "FakeResponsesServerReadmeTests.cs");
        var readme = RepositoryFiles.ReadDocs("testing.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-fake-tool-call"), RepositoryFiles.MarkdownSnippet(readme, "readme-fake-tool-call"));
    }

    [Fact]
    public async Task ReadmeToolCallExample_Passes()
    {
        // begin-snippet: readme-fake-tool-call
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(1),
            // Per request: answer a tool result with text that quotes it, call the tool when it is offered.
            Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
                ? new FakeResponseScript().Message($"In Oslo it is {result.Output}.")
                : new FakeResponseScript().FunctionCall("get_weather", """{"city":"Oslo"}"""),
        });
        var client = server.CreateClient();
        List<ResponseTool> tools = [new FunctionTool { Name = "get_weather" }];

        var first = await client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Weather in Oslo?", Tools = tools }).ToResponseAsync();
        var call = first.Output.OfType<FunctionCallItem>().Single();
        Assert.Equal(("get_weather", """{"city":"Oslo"}"""), (call.Name, call.Arguments));

        var answer = await client.CreateStreamingAsync(new CreateResponseRequest
        {
            Model = "gpt-5.5",
            PreviousResponseId = first.Id,
            Tools = tools,
            Input = new List<ResponseItem> { new FunctionCallOutputItem { CallId = call.CallId, Output = "12 °C" } },
        }).ToResponseAsync();
        Assert.Equal("In Oslo it is 12 °C.", answer.OutputText);
        // end-snippet
    }

    [Fact]
    public async Task ReadmeFakeServerExample_Passes()
    {
        // begin-snippet: readme-fake-server
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(1) });
        var client = server.CreateClient(options => options.Streaming.ResumeDelay = TimeSpan.FromMilliseconds(1));

        server.Faults.DropNextStreamAfter(events: 41);               // the connection dies after event 40
        server.Faults.FailNextRequests(1, 503, method: "GET");        // and the first reconnect gets a 503

        var text = new System.Text.StringBuilder();
        ResponseStreamEvent last = null!;
        await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Hi" }))
        {
            if (e is ResponseTextDeltaEvent delta)
            {
                text.Append(delta.Delta);
            }

            last = e;
        }

        var completed = Assert.IsType<ResponseCompletedEvent>(last);
        Assert.Equal(server.GetResponse(completed.Response.Id)!.OutputText, text.ToString());
        Assert.Contains(server.Requests, r => r.Query == "?stream=true&starting_after=40");
        // end-snippet
    }

    [Fact]
    public async Task Dispose_EndsOpenStreamsWithoutWaitingForThem()
    {
        var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { TimeProvider = new FakeTimeProvider() });
        var client = server.CreateClient();
        var created = await client.CreateAsync(new CreateResponseRequest { Model = "m", Input = "x" });
        server.Faults.StallNextStream(TimeSpan.FromHours(1));
        using var http = FakeResponsesServerTests.RawClient(server);
        using var open = await http.GetAsync($"responses/{created.Id}?stream=true", HttpCompletionOption.ResponseHeadersRead);

        var started = DateTime.UtcNow;
        await server.DisposeAsync();

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }
}
