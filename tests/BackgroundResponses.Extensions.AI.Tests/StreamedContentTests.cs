using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

/// <summary>What a stream carries besides text (reasoning, searches, citations) matches what the finished response carries.</summary>
public class StreamedContentTests
{
    private const string Model = "gpt-5.5";

    [Fact]
    public async Task Reasoning_StreamedOrNot_HasTheSameSummaryAndEncryptedContent_AndGoesBackAsOneItem()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(1),
            Script = _ => new FakeResponseScript().Reasoning("Weigh the options.", "Pick the shortest route.").Message("Take the ferry."),
        });
        server.Faults.DropNextStreamAfter(events: 6);
        var chat = server.CreateClient().AsIChatClient(Model);

        // Encrypted reasoning is asked for the way Microsoft.Extensions.AI.OpenAI users do: on the prepared request.
        var options = new ChatOptions
        {
            Reasoning = new ReasoningOptions { Output = ReasoningOutput.Summary },
            RawRepresentationFactory = _ => new CreateResponseRequest { Include = [ResponseIncludable.ReasoningEncryptedContent] },
        };

        var streamed = await chat.GetStreamingResponseAsync("How do I get to the island?", options).ToChatResponseAsync();
        var whole = await chat.GetResponseAsync("How do I get to the island?", options);

        foreach (var response in new[] { streamed, whole })
        {
            var reasoning = response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().ToList();
            Assert.Equal("Weigh the options.\n\nPick the shortest route.", string.Concat(reasoning.Select(r => r.Text)));
            Assert.StartsWith("gAAAAA", Assert.Single(reasoning, r => r.ProtectedData is not null).ProtectedData, StringComparison.Ordinal);
            Assert.Equal("Take the ferry.", response.Text);

            // Sent back (as a stateless caller would, with the whole history), the reasoning is one item again: read whole it
            // keeps its summary parts, streamed they are one part with the same text.
            var item = Assert.Single(MappedRequest.Input(response.Messages), i => i.GetProperty("type").GetString() == "reasoning");
            Assert.StartsWith("rs_", item.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Equal("Weigh the options.\n\nPick the shortest route.", string.Join("\n\n", item.GetProperty("summary").EnumerateArray().Select(p => p.GetProperty("text").GetString())));
            Assert.StartsWith("gAAAAA", item.GetProperty("encrypted_content").GetString(), StringComparison.Ordinal);
        }

        using var create = System.Text.Json.JsonDocument.Parse(server.Requests.First(r => r.Method == "POST").Body);
        Assert.Equal("concise", create.RootElement.GetProperty("reasoning").GetProperty("summary").GetString());
        Assert.Equal("reasoning.encrypted_content", create.RootElement.GetProperty("include")[0].GetString());
    }

    [Fact]
    public async Task WebSearchAndCitations_StreamedOrNot_AreTheSame()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(1), DeltaLength = 32 });
        var chat = server.CreateClient().AsIChatClient(Model);

        // A web search tool makes the fake play a research run: searches, a page opened, a cited report.
        var options = new ChatOptions { Tools = [new HostedWebSearchTool()] };
        var streamed = await chat.GetStreamingResponseAsync("Why do sea otters use stones?", options).ToChatResponseAsync();
        var whole = await chat.GetResponseAsync("Why do sea otters use stones?", options);

        Assert.Equal(whole.Text, streamed.Text);
        Assert.Equal(Queries(whole), Queries(streamed));
        Assert.NotEmpty(Queries(whole));
        Assert.Equal(Citations(whole), Citations(streamed));
        Assert.Equal(3, Citations(whole).Count);
    }

    private static List<string> Queries(ChatResponse response) =>
        [.. response.Messages.SelectMany(m => m.Contents).OfType<WebSearchToolCallContent>().SelectMany(c => c.Queries ?? [])];

    private static List<string> Citations(ChatResponse response) =>
        [.. response.Messages.SelectMany(m => m.Contents).SelectMany(c => c.Annotations ?? []).OfType<CitationAnnotation>().Select(a => $"{a.Url} {a.Title}")];
}
