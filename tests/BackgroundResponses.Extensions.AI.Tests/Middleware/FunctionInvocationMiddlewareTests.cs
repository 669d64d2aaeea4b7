using BackgroundResponses.Extensions.AI.Tests.TestSupport;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests.Middleware;

/// <summary>
/// FunctionInvokingChatClient's settings over our client, beyond FunctionCallingTests: two calls in one response, a function
/// that throws, the iteration limit, and the caller cancelling while the loop waits for the answer.
/// </summary>
public class FunctionInvocationMiddlewareTests
{
    private const string Model = "gpt-5.5";

    [Fact]
    public async Task TwoCallsInOneResponse_BothRun_AndOneCreateAnswersBoth()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(2),
            DeltaLength = 8,
            Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().ToList() is { Count: > 0 } results
                ? new FakeResponseScript().Message($"{results.Count} answers: {string.Join(" | ", results.Select(r => r.Output?.Text))}.")
                : new FakeResponseScript()
                    .FunctionCall("get_order_status", """{"orderId":"A-1001"}""")
                    .FunctionCall("get_order_status", """{"orderId":"B-2002"}"""),
        });
        var desk = new OrderDesk(orderId => orderId + " shipped");
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Where are orders A-1001 and B-2002?", new ChatOptions { Tools = [OrderStatus(desk)] });

        Assert.Equal(["A-1001", "B-2002"], desk.Lookups.Order());
        Assert.Equal("2 answers: A-1001 shipped | B-2002 shipped.", response.Text);
        var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(2, calls.Select(c => c.CallId).Distinct().Count());

        // One create answers both calls, by call id, chained to the response that made them.
        var posts = server.Requests.Where(r => r.Method == "POST" && r.Path == "/v1/responses").ToList();
        Assert.Equal(2, posts.Count);
        using var second = JsonDocument.Parse(posts[1].Body);
        var outputs = second.RootElement.GetProperty("input").EnumerateArray().Select(i => (i.GetProperty("type").GetString(), i.GetProperty("call_id").GetString())).ToList();
        Assert.Equal(calls.Select(c => ((string?)"function_call_output", (string?)c.CallId)).Order().ToList(), outputs.Order().ToList());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFunctionThatThrows_TheModelGetsAnErrorResult_AndTheLoopGoesOn(bool includeDetailedErrors)
    {
        await using var server = await StartOneCallServerAsync();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation(configure: f => f.IncludeDetailedErrors = includeDetailedErrors).Build();
        var attempts = 0;
        var broken = AIFunctionFactory.Create(
            string (string orderId) =>
            {
                Interlocked.Increment(ref attempts);
                throw new InvalidOperationException("warehouse database offline");
            },
            "get_order_status");

        var response = await chat.GetResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [broken] });

        Assert.Equal(1, attempts);
        var result = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>());
        Assert.IsType<InvalidOperationException>(result.Exception);
        Assert.StartsWith("Answer: Error: ", response.Text, StringComparison.Ordinal);
        if (includeDetailedErrors)
        {
            Assert.Contains("warehouse database offline", response.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("warehouse database offline", response.Text, StringComparison.Ordinal);
        }

        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST" && r.Path == "/v1/responses"));
    }

    [Fact]
    public async Task MaximumIterationsPerRequest_OneCallsTheToolOnce_ThenAsksOnceMoreWithoutTools()
    {
        // A model that always wants the tool: only the limit ends the loop.
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(2),
            DeltaLength = 8,
            Script = request => request.ToolChoice?.Mode == "none" || request.Tools is null || request.Tools.Count == 0
                ? new FakeResponseScript().Message("No more tools.")
                : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
        });
        var desk = new OrderDesk(orderId => orderId + " shipped");
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = 1).Build();

        var response = await chat.GetResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [OrderStatus(desk)] });

        Assert.Equal(["A-1001"], desk.Lookups);
        var posts = server.Requests.Where(r => r.Method == "POST" && r.Path == "/v1/responses").ToList();
        Assert.Equal(2, posts.Count);
        Assert.Equal("No more tools.", response.Text);
    }

    [Fact]
    public async Task CallerCancelsWhileTheLoopWaitsForTheAnswer_TheAnswerIsCancelledOnTheServer_TheToolRanOnce()
    {
        // 20 ms an event and 4 characters a delta: the default answer takes seconds, so it is still running when the caller cancels.
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(20),
            DeltaLength = 4,
            Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().Any() is true
                ? null
                : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
        });
        using var cts = new CancellationTokenSource();

        // The caller cancels at the first poll after the second create, the answer's: by then the answer exists and runs.
        using var http = new HttpClient(new CancelAtFirstPollAfterCreates(creates: 2, cts));
        var desk = new OrderDesk(orderId => orderId + " shipped");
        var chat = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeResponsesServer.DefaultClientApiKey, BaseAddress = server.BaseAddress })
            .AsIChatClient(new ResponsesChatClientOptions { DefaultModelId = Model, CancelOnCallerCancellation = true })
            .AsBuilder().UseFunctionInvocation().Build();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => chat.GetResponseAsync("Where is order A-1001?", new ChatOptions { Tools = [OrderStatus(desk)] }, cts.Token));

        Assert.Equal(["A-1001"], desk.Lookups);
        var cancel = Assert.Single(server.Requests, r => r.Method == "POST" && r.Path.EndsWith("/cancel", StringComparison.Ordinal));
        var answerId = cancel.Path["/v1/responses/".Length..^"/cancel".Length];
        var answer = server.GetResponse(answerId)!;
        Assert.Equal(ResponseStatus.Cancelled, answer.Status);
        Assert.NotNull(answer.PreviousResponseId);
        Assert.Equal(ResponseStatus.Completed, server.GetResponse(answer.PreviousResponseId!)!.Status);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "POST" && r.Path == "/v1/responses"));
    }

    private static Task<FakeResponsesServer> StartOneCallServerAsync() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
    {
        EventDelay = TimeSpan.FromMilliseconds(2),
        DeltaLength = 8,
        Script = request => request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result
            ? new FakeResponseScript().Message($"Answer: {result.Output?.Text}")
            : new FakeResponseScript().FunctionCall("get_order_status", """{"orderId":"A-1001"}"""),
    });

    private static AIFunction OrderStatus(OrderDesk desk) => desk.AsFunction();

    /// <summary>Cancels <paramref name="cts"/> as the first GET after the given number of creates goes out, before sending it.</summary>
    private sealed class CancelAtFirstPollAfterCreates(int creates, CancellationTokenSource cts) : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _creates;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/v1/responses")
            {
                Interlocked.Increment(ref _creates);
            }
            else if (request.Method == HttpMethod.Get && Volatile.Read(ref _creates) >= creates)
            {
                await cts.CancelAsync().ConfigureAwait(false);
            }

            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
