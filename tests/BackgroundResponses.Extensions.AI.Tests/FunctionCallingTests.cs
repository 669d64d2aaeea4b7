using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests;

/// <summary>Tool calling end to end against the fake: the model asks for a function, the caller (or UseFunctionInvocation) answers it.</summary>
public class FunctionCallingTests
{
    private const string Model = "gpt-5.5";

    [Fact]
    public async Task AFunctionCall_ComesBackAsFunctionCallContent_WithParsedArguments_WhetherStreamedOrNot()
    {
        await using var server = await StartAsync();
        var chat = server.CreateClient().AsIChatClient(Model);
        var options = new ChatOptions { Tools = [OrderStatus(new OrderDesk())] };

        var whole = await chat.GetResponseAsync("Where is order A-1001?", options);
        var streamed = await chat.GetStreamingResponseAsync("Where is order A-1001?", options).ToChatResponseAsync();

        foreach (var response in new[] { whole, streamed })
        {
            var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
            Assert.Equal("get_order_status", call.Name);
            Assert.StartsWith("call_", call.CallId, StringComparison.Ordinal);
            Assert.Equal("A-1001", Assert.IsType<JsonElement>(call.Arguments!["orderId"]).GetString());
            Assert.Null(call.Exception);
            Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
            Assert.Equal(ChatRole.Assistant, response.Messages.Single(m => m.Contents.Contains(call)).Role);
        }

        // The tool went out as a function tool with the function's schema.
        using var create = JsonDocument.Parse(server.Requests.First(r => r.Method == "POST").Body);
        var tool = Assert.Single(create.RootElement.GetProperty("tools").EnumerateArray());
        Assert.Equal(("function", "get_order_status"), (tool.GetProperty("type").GetString(), tool.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task UseFunctionInvocation_WaitsRunsTheToolOnceAndAnswers_ChainingByPreviousResponseId()
    {
        await using var server = await StartAsync();
        var desk = new OrderDesk();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [OrderStatus(desk)] });

        Assert.Equal(["A-1001"], desk.Lookups);
        Assert.Contains("shipped on Monday", response.Text, StringComparison.Ordinal);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        var creates = Creates(server);
        Assert.Equal(2, creates.Count);
        var firstId = Assert.IsType<FunctionCallContent>(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Single()).RawRepresentation is FunctionCallItem item ? item : null;
        Assert.NotNull(firstId);

        // The second create answers the call: previous_response_id chains the first response, the input holds only the result.
        var second = creates[1].RootElement;
        Assert.StartsWith("resp_", second.GetProperty("previous_response_id").GetString(), StringComparison.Ordinal);
        var output = Assert.Single(second.GetProperty("input").EnumerateArray());
        Assert.Equal(("function_call_output", firstId.CallId), (output.GetProperty("type").GetString(), output.GetProperty("call_id").GetString()));
        Assert.True(second.GetProperty("background").GetBoolean());
        DisposeAll(creates);
    }

    [Fact]
    public async Task UseFunctionInvocation_InBackgroundMode_PollsWithTokens_ThroughTheToolCall()
    {
        await using var server = await StartAsync();
        var desk = new OrderDesk();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [OrderStatus(desk)], AllowBackgroundResponses = true };

        var response = await chat.GetResponseAsync("Where is order A-1001?", options);
        var calls = 1;
        while (response.ContinuationToken is { } token)
        {
            // Only the token's bytes travel between calls, as they would between requests of a web app.
            options.ContinuationToken = ResponseContinuationToken.FromBytes(token.ToBytes().ToArray());
            await Task.Delay(10);
            response = await chat.GetResponseAsync([], options);
            calls++;
            Assert.True(calls < 500, "the background tool loop never finished");

            // While the response runs, no call is handed out: its arguments may be half written.
            if (response.ContinuationToken is not null)
            {
                Assert.DoesNotContain(response.Messages.SelectMany(m => m.Contents), c => c is FunctionCallContent { InformationalOnly: false } && c.RawRepresentation is FunctionCallItem { Status: var status } && status != ResponseItemStatus.Completed);
            }
        }

        Assert.Equal(["A-1001"], desk.Lookups);
        Assert.Contains("shipped on Monday", response.Text, StringComparison.Ordinal);
        Assert.Equal(2, Creates(server).Count);
    }

    [Fact]
    public async Task UseFunctionInvocation_Streaming_ThroughDroppedConnections_RunsTheToolOnceAndTheTextIsWhole()
    {
        await using var server = await StartAsync();
        server.Faults.DropNextStreamAfter(events: 4, times: 2);
        var desk = new OrderDesk();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation().Build();

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [OrderStatus(desk)], AllowBackgroundResponses = true }))
        {
            updates.Add(update);
        }

        Assert.Equal(["A-1001"], desk.Lookups);
        var creates = Creates(server);
        Assert.Equal(2, creates.Count);
        var answerId = updates.Last(u => u.ResponseId is not null).ResponseId!;
        var final = server.GetResponse(answerId)!;
        Assert.Equal(final.OutputText, string.Concat(updates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text)));
        Assert.Contains("shipped on Monday", final.OutputText, StringComparison.Ordinal);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "GET" && r.Query.Contains("stream=true", StringComparison.Ordinal)));
        DisposeAll(creates);
    }

    [Fact]
    public async Task AStreamFinishedByPolling_StillDeliversTheFunctionCall()
    {
        // The server will not stream again, so after the drop the SDK reads the finished response instead: the call it never
        // streamed must still reach the caller, or the function would never run.
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(2),
            RestreamWindow = TimeSpan.Zero,
            Script = _ => new FakeResponseScript().Reasoning("Look the order up.").FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
        });
        server.Faults.DropNextStreamAfter(events: 3);
        var chat = server.CreateClient().AsIChatClient(Model);

        var response = await chat.GetStreamingResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [OrderStatus(new OrderDesk())] }).ToChatResponseAsync();

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("A-1001", Assert.IsType<JsonElement>(call.Arguments!["orderId"]).GetString());
        Assert.Equal("Look the order up.", string.Concat(response.Messages.SelectMany(m => m.Contents).OfType<TextReasoningContent>().Select(r => r.Text)));
        Assert.Equal(ChatFinishReason.ToolCalls, response.FinishReason);
    }

    private static List<JsonDocument> Creates(FakeResponsesServer server) =>
        [.. server.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/responses", StringComparison.Ordinal)).Select(r => JsonDocument.Parse(r.Body))];

    private static void DisposeAll(List<JsonDocument> documents) => documents.ForEach(d => d.Dispose());

    private static AIFunction OrderStatus(OrderDesk desk) => desk.AsFunction();

    private static Task<FakeResponsesServer> StartAsync() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
    {
        EventDelay = TimeSpan.FromMilliseconds(2),
        DeltaLength = 8,
        Script = OrderDesk.CallThenQuote,
    });
}
