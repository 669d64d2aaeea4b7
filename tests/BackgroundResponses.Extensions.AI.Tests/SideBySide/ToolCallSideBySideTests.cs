using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;
using static BackgroundResponses.Extensions.AI.Tests.SideBySide.SideBySideClients;

namespace BackgroundResponses.Extensions.AI.Tests.SideBySide;

/// <summary>
/// Issue 13: a tool call through our client and through Microsoft.Extensions.AI.OpenAI 10.11, each under
/// <c>UseFunctionInvocation</c>, with the same <see cref="AIFunction"/> and the same script on the fake. Each client gets its own
/// fake with identical options, so the usage each server reports can be summed and compared. What should match is asserted equal;
/// where the two differ, each side is asserted exactly.
/// </summary>
public class ToolCallSideBySideTests
{
    private const string Question = "Where is order A-1001?";

    /// <summary>
    /// The fake echoes the function's output. The function returns a string, which FunctionInvokingChatClient hands on as a JSON
    /// string element: ours sends its value, theirs its JSON text, quotes included. So the answers differ by those quotes.
    /// </summary>
    private const string Answer = "Order A-1001: shipped on Monday.";

    private const string TheirAnswer = "Order A-1001: \"shipped on Monday\".";

    [Fact]
    public async Task UseFunctionInvocation_NotStreaming_BothRunTheToolOnce_SameCallResultTextAndSummedUsage()
    {
        await using var ourServer = await StartToolServerAsync();
        await using var theirServer = await StartToolServerAsync();
        var ourDesk = new OrderDesk();
        var theirDesk = new OrderDesk();

        var ours = await Invoking(Ours(ourServer)).GetResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(ourDesk)] });
        var theirs = await Invoking(Theirs(theirServer)).GetResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(theirDesk)] });

        Assert.Equal(["A-1001"], ourDesk.Lookups);
        Assert.Equal(["A-1001"], theirDesk.Lookups);
        AssertSameToolTurn(ours, ourServer, theirs, theirServer);

        // Difference: FinishReason. Theirs maps only incomplete_details when not streaming (null for the completed answer);
        // ours reports Stop for the answer FunctionInvokingChatClient returns last.
        Assert.Equal(ChatFinishReason.Stop, ours.FinishReason);
        Assert.Null(theirs.FinishReason);
    }

    [Fact]
    public async Task UseFunctionInvocation_Streaming_BothRunTheToolOnce_SameCallResultTextAndSummedUsage()
    {
        await using var ourServer = await StartToolServerAsync();
        await using var theirServer = await StartToolServerAsync();
        var ourDesk = new OrderDesk();
        var theirDesk = new OrderDesk();

        var ours = await Invoking(Ours(ourServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(ourDesk)] }).ToChatResponseAsync();
        var theirs = await Invoking(Theirs(theirServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(theirDesk)] }).ToChatResponseAsync();

        Assert.Equal(["A-1001"], ourDesk.Lookups);
        Assert.Equal(["A-1001"], theirDesk.Lookups);
        AssertSameToolTurn(ours, ourServer, theirs, theirServer);

        // Streaming, both report the answer's finish reason last.
        Assert.Equal(ChatFinishReason.Stop, ours.FinishReason);
        Assert.Equal(ChatFinishReason.Stop, theirs.FinishReason);
    }

    [Fact]
    public async Task WithoutFunctionInvocation_BothHandOutTheSameFunctionCall()
    {
        await using var server = await StartToolServerAsync();
        var options = new ChatOptions { Tools = [OrderStatus(new OrderDesk())] };

        var ourWhole = await Ours(server).GetResponseAsync(Question, options);
        var theirWhole = await Theirs(server).GetResponseAsync(Question, options);
        var ourStreamed = await Ours(server).GetStreamingResponseAsync(Question, options).ToChatResponseAsync();
        var theirStreamed = await Theirs(server).GetStreamingResponseAsync(Question, options).ToChatResponseAsync();

        foreach (var response in new[] { ourWhole, theirWhole, ourStreamed, theirStreamed })
        {
            // The call is the server's: its name, its call id (call_…) and its arguments parsed into a dictionary.
            var item = Assert.Single(server.GetResponse(response.ResponseId!)!.Output.OfType<FunctionCallItem>());
            var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
            Assert.Equal("get_order_status", call.Name);
            Assert.Equal(item.CallId, call.CallId);
            Assert.StartsWith("call_", call.CallId, StringComparison.Ordinal);
            Assert.Equal("A-1001", Assert.IsType<JsonElement>(Assert.Single(call.Arguments!, a => a.Key == "orderId").Value).GetString());
            Assert.Null(call.Exception);
            Assert.False(call.InformationalOnly);
            Assert.Equal(ChatRole.Assistant, response.Messages.Single(m => m.Contents.Contains(call)).Role);
            Assert.Empty(response.Text);
        }

        // Difference: the raw representation is each client's own item type.
        Assert.IsType<FunctionCallItem>(Calls(ourWhole).Single().RawRepresentation);
        Assert.IsType<OpenAI.Responses.FunctionCallResponseItem>(Calls(theirWhole).Single().RawRepresentation);

        // Difference: FinishReason when not streaming. Theirs says nothing; ours says ToolCalls, as both do when streaming.
        Assert.Equal(ChatFinishReason.ToolCalls, ourWhole.FinishReason);
        Assert.Null(theirWhole.FinishReason);
        Assert.Equal(ChatFinishReason.ToolCalls, ourStreamed.FinishReason);
        Assert.Equal(ChatFinishReason.ToolCalls, theirStreamed.FinishReason);
    }

    [Fact]
    public async Task StreamDroppedAfterTheToolRan_OursResumesAndAnswers_TheirsThrowsIOException_BothRanTheToolOnce()
    {
        await using var ourServer = await StartToolServerAsync();
        await using var theirServer = await StartToolServerAsync();

        // The tool arms the fault, so it is the answer's stream, the second turn of the loop, that drops.
        var ourDesk = new OrderDesk(onLookup: () => ourServer.Faults.DropNextStreamAfter(events: 5));
        var theirDesk = new OrderDesk(onLookup: () => theirServer.Faults.DropNextStreamAfter(events: 5));

        var ourUpdates = new List<ChatResponseUpdate>();
        await foreach (var update in Invoking(Ours(ourServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(ourDesk)], AllowBackgroundResponses = true }))
        {
            ourUpdates.Add(update);
        }

        var theirUpdates = await ReadUntilDropAsync(Invoking(Theirs(theirServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(theirDesk)], AllowBackgroundResponses = true }));

        // Both ran the tool exactly once: the drop came after it.
        Assert.Equal(["A-1001"], ourDesk.Lookups);
        Assert.Equal(["A-1001"], theirDesk.Lookups);

        // Ours: the whole answer, from two creates and one resume of the answer's stream.
        var ourAnswerId = ourUpdates.Last(u => u.RawRepresentation is ResponseStreamEvent && u.ResponseId is not null).ResponseId!;
        var ourAnswer = ourServer.GetResponse(ourAnswerId)!;
        Assert.Equal(Answer, ourAnswer.OutputText);
        Assert.Equal(Answer, string.Concat(ourUpdates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text)));
        Assert.Equal(2, CreatePosts(ourServer));
        Assert.Contains("stream=true", Assert.Single(GetsOf(ourServer, ourAnswerId)).Query, StringComparison.Ordinal);

        // Theirs: the call, the tool's result and a strict prefix of the answer reached the caller before the drop; the answer
        // itself finished on the server, unread, and theirs made no attempt to resume.
        Assert.Single(theirUpdates.SelectMany(u => u.Contents).OfType<FunctionCallContent>());
        Assert.Single(theirUpdates.SelectMany(u => u.Contents).OfType<FunctionResultContent>());
        var theirAnswerId = theirUpdates.Last(u => u.RawRepresentation is OpenAI.Responses.StreamingResponseUpdate && u.ResponseId is not null).ResponseId!;
        var theirAnswer = await WaitForTerminalAsync(theirServer, theirAnswerId);
        Assert.Equal(TheirAnswer, theirAnswer.OutputText);
        var head = string.Concat(theirUpdates.SelectMany(u => u.Contents).OfType<TextContent>().Select(t => t.Text));
        Assert.True(head.Length < TheirAnswer.Length, $"the text before the drop should be a strict prefix, got '{head}'");
        Assert.StartsWith(head, TheirAnswer, StringComparison.Ordinal);
        Assert.Equal(2, CreatePosts(theirServer));
        Assert.Empty(GetsOf(theirServer, theirAnswerId));
    }

    [Fact]
    public async Task StreamDroppedBeforeTheCallWasWhole_OursRunsTheToolOnce_TheirsThrowsIOException_AndNeverRanIt()
    {
        await using var ourServer = await StartToolServerAsync();
        await using var theirServer = await StartToolServerAsync();

        // Four events: created, in_progress, the call's item added, its first arguments delta. The call is not whole yet.
        ourServer.Faults.DropNextStreamAfter(events: 4);
        theirServer.Faults.DropNextStreamAfter(events: 4);
        var ourDesk = new OrderDesk();
        var theirDesk = new OrderDesk();

        var ours = await Invoking(Ours(ourServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(ourDesk)], AllowBackgroundResponses = true }).ToChatResponseAsync();

        var theirUpdates = await ReadUntilDropAsync(Invoking(Theirs(theirServer)).GetStreamingResponseAsync(Question, new ChatOptions { Tools = [OrderStatus(theirDesk)], AllowBackgroundResponses = true }));

        Assert.Equal(["A-1001"], ourDesk.Lookups);
        Assert.Equal(Answer, ours.Text);
        Assert.Equal(2, CreatePosts(ourServer));

        Assert.Empty(theirDesk.Lookups);
        Assert.Empty(theirUpdates.SelectMany(u => u.Contents).OfType<FunctionCallContent>());
        Assert.Equal(1, CreatePosts(theirServer));
    }

    private static void AssertSameToolTurn(ChatResponse ours, FakeResponsesServer ourServer, ChatResponse theirs, FakeResponsesServer theirServer)
    {
        // The same turns: the assistant's call, the tool's result, the assistant's answer.
        Assert.Equal(
            [(ChatRole.Assistant, "call"), (ChatRole.Tool, "result"), (ChatRole.Assistant, "text")],
            ours.Messages.Select(Shape).ToList());
        Assert.Equal(ours.Messages.Select(Shape).ToList(), theirs.Messages.Select(Shape).ToList());

        var ourCall = Calls(ours).Single();
        var theirCall = Calls(theirs).Single();
        Assert.Equal(("get_order_status", "A-1001"), (ourCall.Name, ((JsonElement)ourCall.Arguments!["orderId"]!).GetString()));
        Assert.Equal((ourCall.Name, ourCall.Arguments!.Count), (theirCall.Name, theirCall.Arguments!.Count));
        Assert.Equal(((JsonElement)ourCall.Arguments["orderId"]!).GetString(), ((JsonElement)theirCall.Arguments["orderId"]!).GetString());

        var ourResult = ours.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single();
        var theirResult = theirs.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single();
        Assert.Equal(ourCall.CallId, ourResult.CallId);
        Assert.Equal(theirCall.CallId, theirResult.CallId);
        Assert.Equal("shipped on Monday", ResultText(ourResult));
        Assert.Equal(ResultText(ourResult), ResultText(theirResult));
        Assert.Null(ourResult.Exception);
        Assert.Null(theirResult.Exception);

        // Difference: the function's string result on the wire. Ours sends the string; theirs sends its JSON, quotes included.
        Assert.Equal("shipped on Monday", OutputSent(ourServer));
        Assert.Equal("\"shipped on Monday\"", OutputSent(theirServer));
        Assert.Equal(Answer, ours.Text);
        Assert.Equal(TheirAnswer, theirs.Text);

        // Usage: FunctionInvokingChatClient sums both turns, so each sum is its server's two responses. The call's turn costs the
        // same in both; the answers differ by the quotes above, so their totals may too.
        var (ourTotal, ourCallTurn) = ServerUsage(ourServer, ours.ResponseId!);
        var (theirTotal, theirCallTurn) = ServerUsage(theirServer, theirs.ResponseId!);
        Assert.Equal(ourTotal, (ours.Usage!.InputTokenCount, ours.Usage.OutputTokenCount, ours.Usage.TotalTokenCount));
        Assert.Equal(theirTotal, (theirs.Usage!.InputTokenCount, theirs.Usage.OutputTokenCount, theirs.Usage.TotalTokenCount));
        Assert.Equal(ourCallTurn, theirCallTurn);

        // Both chain the answer to the call by previous_response_id and report the answer's id last.
        Assert.Equal(ours.ResponseId, ours.ConversationId);
        Assert.Equal(theirs.ResponseId, theirs.ConversationId);
        Assert.Equal(Answer, ourServer.GetResponse(ours.ResponseId!)!.OutputText);
        Assert.Equal(TheirAnswer, theirServer.GetResponse(theirs.ResponseId!)!.OutputText);
    }

    private static (ChatRole Role, string Kind) Shape(ChatMessage message) =>
        (message.Role,
         message.Contents.Any(c => c is FunctionCallContent) ? "call"
         : message.Contents.Any(c => c is FunctionResultContent) ? "result"
         : message.Contents.Any(c => c is TextContent) ? "text"
         : string.Join(",", message.Contents.Select(c => c.GetType().Name)));

    private static string? ResultText(FunctionResultContent result) =>
        result.Result is JsonElement { ValueKind: JsonValueKind.String } element ? element.GetString() : result.Result?.ToString();

    private static IEnumerable<FunctionCallContent> Calls(ChatResponse response) =>
        response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>();

    /// <summary>The usage of the answer and of the response it chains to (the call's), summed as the server reports them; and the call's alone.</summary>
    private static ((long?, long?, long?) Total, (long?, long?, long?) CallTurn) ServerUsage(FakeResponsesServer server, string answerId)
    {
        Assert.Equal(2, CreatePosts(server));
        var answer = server.GetResponse(answerId)!;
        var call = server.GetResponse(answer.PreviousResponseId!)!;
        Assert.Single(call.Output.OfType<FunctionCallItem>());
        return (
            (call.Usage!.InputTokens + answer.Usage!.InputTokens, call.Usage.OutputTokens + answer.Usage.OutputTokens, call.Usage.TotalTokens + answer.Usage.TotalTokens),
            (call.Usage.InputTokens, call.Usage.OutputTokens, call.Usage.TotalTokens));
    }

    /// <summary>The <c>output</c> of the one function_call_output the second create sent.</summary>
    private static string? OutputSent(FakeResponsesServer server)
    {
        var second = server.Requests.Where(r => r.Method == "POST" && r.Path == "/v1/responses").ElementAt(1);
        using var body = JsonDocument.Parse(second.Body);
        var output = Assert.Single(body.RootElement.GetProperty("input").EnumerateArray(), i => i.GetProperty("type").GetString() == "function_call_output");
        return output.GetProperty("output").GetString();
    }

    private static IChatClient Invoking(IChatClient client) => client.AsBuilder().UseFunctionInvocation().Build();

    private static AIFunction OrderStatus(OrderDesk desk) => desk.AsFunction();

    private static Task<FakeResponsesServer> StartToolServerAsync() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
    {
        EventDelay = TimeSpan.FromMilliseconds(2),
        DeltaLength = 8,
        Script = OrderDesk.CallThenQuote,
    });
}
