using BackgroundResponses;
using BackgroundResponses.Testing;

namespace ChatClient;

/// <summary>The offline stand-in for OpenAI: a fake Responses API in this process that plays a model which can use the order tool.</summary>
internal static class FakeModel
{
    public static Task<FakeResponsesServer> StartAsync(CancellationToken cancellationToken) =>
        FakeResponsesServer.StartAsync(
            new FakeResponsesServerOptions
            {
                // Slow enough that the first background call surely comes back before the answer exists, fast enough for a tour of a few seconds.
                EventDelay = TimeSpan.FromMilliseconds(8),
                QueuedDuration = TimeSpan.FromMilliseconds(300),
                Script = Play,
            },
            cancellationToken);

    /// <summary>
    /// The fake's "model": called for every create, so it plays both turns of the tool loop. A request that offers the order
    /// tool gets a call to it; the follow-up that carries the tool's result gets an answer quoting it; anything else gets
    /// the fake's default reply (null picks it), as a model does not call a tool it was not given.
    /// </summary>
    private static FakeResponseScript? Play(CreateResponseRequest request)
    {
        if (request.Input?.Items?.OfType<FunctionCallOutputItem>().FirstOrDefault() is { } result)
        {
            return new FakeResponseScript().Message($"Good news: order {OrderDesk.KnownOrderId} is {result.Output}.");
        }

        return request.Tools?.OfType<FunctionTool>().Any(tool => tool.Name == OrderDesk.ToolName) is true
            ? new FakeResponseScript().FunctionCall(OrderDesk.ToolName, $$"""{"orderId":"{{OrderDesk.KnownOrderId}}"}""")
            : null;
    }
}
