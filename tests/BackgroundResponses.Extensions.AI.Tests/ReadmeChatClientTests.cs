using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

/// <summary>Keeps docs/extensions-ai.md's IChatClient examples compiled and working against the fake Responses API.</summary>
public class ReadmeChatClientTests
{
    [Fact]
    public void ReadmeChatClientExample_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Extensions.AI.Tests", "ReadmeChatClientTests.cs");
        var readme = RepositoryFiles.ReadDocs("extensions-ai.md");

        Assert.Equal(RepositoryFiles.Snippet(source, "readme-chat-client"), RepositoryFiles.MarkdownSnippet(readme, "readme-chat-client"));
        Assert.Equal(RepositoryFiles.Snippet(source, "readme-chat-client-tools"), RepositoryFiles.MarkdownSnippet(readme, "readme-chat-client-tools"));
    }

    [Fact]
    public async Task ReadmeToolsExample_RunsTheFunctionOnceInBackgroundMode()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(2),
            Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
                ? new FakeResponseScript().Message($"Your parcel: {result.Output?.Text}")
                : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
        });
        var responsesClient = server.CreateClient();
        var lookups = new List<string>();
        string LookUpOrder(string orderId)
        {
            lookups.Add(orderId);
            return "shipped on Monday";
        }

        // begin-snippet: readme-chat-client-tools
        IChatClient chat = responsesClient.AsIChatClient("gpt-5.5")
            .AsBuilder()
            .UseFunctionInvocation() // Microsoft.Extensions.AI: runs the functions the model calls, then asks again
            .Build();

        var options = new ChatOptions
        {
            Tools = [AIFunctionFactory.Create((string orderId) => LookUpOrder(orderId), "get_order_status", "Where an order is.")],
        };

        // Background all the way: the SDK polls each response, the function runs once, the answer chains by previous_response_id.
        ChatResponse answer = await chat.GetResponseAsync("Where is order A-1001?", options);
        Console.WriteLine(answer.Text);
        // end-snippet

        Assert.Equal(["A-1001"], lookups);
        Assert.Equal("Your parcel: shipped on Monday", answer.Text);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task ReadmeChatClientExample_PollsThenStreamsThroughADrop()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16 });
        server.Faults.DropNextStreamAfter(events: 10);
        var responsesClient = server.CreateClient();
        var pollInterval = TimeSpan.FromMilliseconds(20);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            // begin-snippet: readme-chat-client
            IChatClient chat = responsesClient.AsIChatClient("gpt-5.5");
            var options = new ChatOptions { AllowBackgroundResponses = true };

            // Starts a background response and returns at once, with a continuation token while it runs.
            ChatResponse response = await chat.GetResponseAsync("Write the report.", options);
            while (response.ContinuationToken is { } token)
            {
                byte[] saved = token.ToBytes().ToArray(); // persist it: any process can go on from these bytes
                await Task.Delay(pollInterval);
                options.ContinuationToken = ResponseContinuationToken.FromBytes(saved);
                response = await chat.GetResponseAsync([], options);
            }

            Console.WriteLine(response.Text);

            // Streaming: a dropped connection is resumed inside the client, so the text arrives whole and once;
            // every update but the last carries a token that resumes right after it.
            options.ContinuationToken = null;
            await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync("Tell me a story.", options))
            {
                Console.Write(update.Text);
            }
            // end-snippet
        }
        finally
        {
            Console.SetOut(original);
        }

        var created = server.Requests.Where(r => r.Method == "POST").ToList();
        Assert.Equal(2, created.Count);
        var texts = server.Requests.Select(r => r.Path).Where(p => p.StartsWith("/v1/responses/resp_", StringComparison.Ordinal)).Select(p => p.Split('/', '?')[3]).Distinct()
            .Select(id => server.GetResponse(id)!.OutputText).ToList();
        Assert.Equal(texts[0] + Environment.NewLine + texts[1], output.ToString());
    }
}
