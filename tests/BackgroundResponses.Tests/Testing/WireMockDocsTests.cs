using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace BackgroundResponses.Tests.Testing;

/// <summary>Keeps docs/testing.md's WireMock.Net example compiled and passing: a user's stubs of the Responses API, no fake server of ours.</summary>
public class WireMockDocsTests
{
    [Fact]
    public void DocsWireMockExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Testing", "WireMockDocsTests.cs");

        Assert.Equal(RepositoryFiles.Snippet(source, "docs-wiremock"), RepositoryFiles.MarkdownSnippet(RepositoryFiles.ReadDocs("testing.md"), "docs-wiremock"));
    }

    [Fact]
    public async Task DocsWireMockExample_Passes()
    {
        // begin-snippet: docs-wiremock
        using var server = WireMockServer.Start(); // loopback, a free port
        var client = new ResponsesClient(new ResponsesClientOptions
        {
            ApiKey = "sk-test",                          // sent as a Bearer token; the stubs below do not check it
            BaseAddress = new Uri(server.Url + "/v1/"),  // the SDK adds "responses/…" to it
            Retry = { MaxRetryAttempts = 0 },            // a stub that answers wrongly fails the test at once
        });

        // A create answers "queued"; the retrieve that follows answers "completed".
        server.Given(Request.Create().WithPath("/v1/responses").UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                """{"id":"resp_1","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}"""));
        server.Given(Request.Create().WithPath("/v1/responses/resp_1").UsingGet()).AtPriority(2)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(
                """{"id":"resp_1","object":"response","created_at":1741290958,"status":"completed","background":true,"output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Hello.","annotations":[]}]}]}"""));

        ModelResponse created = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Hi" });
        ModelResponse done = await client.PollUntilTerminalAsync(created.Id);
        Assert.Equal("Hello.", done.OutputText);

        // A stream is a text/event-stream body: an "event:" and a "data:" line per event, each event ended by a blank line.
        // The plain retrieve above matches this request too: where two stubs match, the lower AtPriority wins.
        server.Given(Request.Create().WithPath("/v1/responses/resp_1").WithParam("stream", "true").UsingGet()).AtPriority(1)
            .RespondWith(Response.Create().WithHeader("Content-Type", "text/event-stream").WithBody(
                """
                event: response.output_text.delta
                data: {"type":"response.output_text.delta","sequence_number":0,"item_id":"msg_1","output_index":0,"content_index":0,"delta":"Hello.","logprobs":[]}

                event: response.completed
                data: {"type":"response.completed","sequence_number":1,"response":{"id":"resp_1","object":"response","created_at":1741290958,"status":"completed","background":true,"output":[{"type":"message","id":"msg_1","role":"assistant","status":"completed","content":[{"type":"output_text","text":"Hello.","annotations":[]}]}]}}


                """));

        ModelResponse streamed = await client.StreamAsync("resp_1").ToResponseAsync();
        Assert.Equal("Hello.", streamed.OutputText);
        Assert.Contains(server.LogEntries, entry => entry.RequestMessage!.RawQuery == "?stream=true");
        // end-snippet
    }
}
