using System.Diagnostics;
using System.Text;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace ChatClient;

/// <summary>
/// The three steps of the tour, written against <see cref="IChatClient"/> alone. The fake server, when there is one, is
/// used only to arm a fault and to check the results against what the server really holds.
/// </summary>
internal sealed class ChatTour(IChatClient chat, FakeResponsesServer? server, TextWriter output)
{
    // About a third of the fake's story, so the drop lands mid-text.
    private const int DropAfterEvents = 40;

    // Faster than an app would poll, so the offline tour stays short; a real model gets a gentler pace.
    private readonly TimeSpan _pollInterval = server is null ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(250);

    public async Task BackgroundRequestAsync(CancellationToken cancellationToken)
    {
        await HeadingAsync("1. A background request: GetResponseAsync returns at once with a continuation token");
        var options = new ChatOptions { AllowBackgroundResponses = true };
        var clock = Stopwatch.StartNew();
        var response = await chat.GetResponseAsync("In three sentences: why would an app run a model in background mode?", options, cancellationToken);
        await output.WriteLineAsync(response.ContinuationToken is null
            ? $"returned after {clock.ElapsedMilliseconds} ms with the answer already there (no token)"
            : $"returned after {clock.ElapsedMilliseconds} ms with no answer yet and a continuation token: the model works on the server");

        // The fake always queues a new response first, so a missing token means the call waited when it should not have.
        Expect(server is null || response.ContinuationToken is not null, "the first call came back without a continuation token");

        response = await PollAsync(chat, response, options, cancellationToken);
        await output.WriteLineAsync($"answer: {response.Text}");
        if (server is not null)
        {
            Expect(response.Text == server.GetResponse(response.ResponseId!)?.OutputText, "the polled answer differs from the fake's final response");
            await output.WriteLineAsync("✓ the answer is the fake's final response, fetched by polling from saved token bytes");
        }
    }

    public async Task StreamThroughDropAsync(CancellationToken cancellationToken)
    {
        await HeadingAsync("2. A streamed answer through a dropped connection: GetStreamingResponseAsync");
        var requestsBefore = server?.Requests.Count ?? 0;
        if (server is not null)
        {
            server.Faults.DropNextStreamAfter(DropAfterEvents);
            await output.WriteLineAsync($"the fake will cut the connection after {DropAfterEvents} events; the loop below does nothing about it");
        }
        else
        {
            await output.WriteLineAsync("real API: no fault can be injected, so no drop this time (a real one is resumed the same way)");
        }

        var text = new StringBuilder();
        string? responseId = null;
        await foreach (var update in chat.GetStreamingResponseAsync("Tell a short bedtime story about an otter who builds a rocket.", cancellationToken: cancellationToken))
        {
            responseId ??= update.ResponseId;
            text.Append(update.Text);
            await output.WriteAsync(update.Text);
        }

        await output.WriteLineAsync();
        Expect(responseId is not null, "the stream delivered no update");
        if (server is null)
        {
            return;
        }

        // Each POST is a create, each GET …?stream=true a reconnection: the drop shows as a second connection.
        var connections = server.Requests.Skip(requestsBefore)
            .Where(r => (r.Method == "POST" && r.Path.EndsWith("/responses", StringComparison.Ordinal)) || (r.Method == "GET" && r.Query.Contains("stream=true", StringComparison.Ordinal)))
            .ToList();
        await output.WriteLineAsync($"{connections.Count} connections for this one answer:");
        foreach (var connection in connections)
        {
            await output.WriteLineAsync($"   {connection.Method,-4} {connection.Path}{connection.Query}");
        }

        Expect(connections.Count(r => r.Method == "POST") == 1, "the create was sent more than once");
        Expect(connections.Count >= 2, "the stream never reconnected, so the injected drop did not happen");
        var final = server.GetResponse(responseId!)?.OutputText;
        Expect(text.ToString() == final, $"the printed text ({text.Length} characters) differs from the fake's final answer ({final?.Length} characters)");
        await output.WriteLineAsync($"✓ the printed text ({text.Length} characters) is exactly the fake's final answer: nothing lost, nothing repeated");
    }

    public async Task ToolCallAsync(CancellationToken cancellationToken)
    {
        await HeadingAsync("3. A tool call in background mode: UseFunctionInvocation runs the app's function between polls");
        var desk = new OrderDesk();
        using var withTools = chat.AsBuilder().UseFunctionInvocation().Build();
        var options = new ChatOptions
        {
            AllowBackgroundResponses = true,
            Tools = [AIFunctionFactory.Create(desk.GetOrderStatus, OrderDesk.ToolName)],
        };

        var response = await withTools.GetResponseAsync($"Where is my order {OrderDesk.KnownOrderId}?", options, cancellationToken);
        await DescribeAsync(response);
        response = await PollAsync(withTools, response, options, cancellationToken);
        await output.WriteLineAsync($"answer: {response.Text}");
        await output.WriteLineAsync($"{OrderDesk.ToolName} ran {desk.Lookups} time(s)");
        if (server is not null)
        {
            Expect(desk.Lookups == 1, $"the tool ran {desk.Lookups} times, expected exactly once");
            Expect(response.Text.Contains(OrderDesk.KnownOrderStatus, StringComparison.Ordinal), "the final answer does not quote the tool's output");
            await output.WriteLineAsync("✓ the tool ran once, in this process, and the final answer quotes its output");
        }
    }

    private static void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }

    /// <summary>Polls until the token is gone, keeping the token only as bytes in between, as an app that may restart would.</summary>
    private async Task<ChatResponse> PollAsync(IChatClient client, ChatResponse response, ChatOptions options, CancellationToken cancellationToken)
    {
        var polls = 0;
        while (response.ContinuationToken is { } token)
        {
            var saved = Convert.ToBase64String(token.ToBytes().Span);
            if (polls == 0)
            {
                await output.WriteLineAsync($"saved the token's bytes (base64): {saved}");
            }

            await Task.Delay(_pollInterval, cancellationToken);

            // Rebuilt from the bytes alone: any process holding them could make this call.
            options.ContinuationToken = ResponseContinuationToken.FromBytes(Convert.FromBase64String(saved));
            response = await client.GetResponseAsync([], options, cancellationToken);
            polls++;
            await output.WriteLineAsync($"poll {polls}: {(response.ContinuationToken is null ? "done" : "still running")}");
            await DescribeAsync(response);
        }

        // Options are reused by the caller; a stale token would make its next call poll an old response.
        options.ContinuationToken = null;
        return response;
    }

    /// <summary>Shows the tool traffic FunctionInvokingChatClient folded into a response, so the reader sees the loop happen.</summary>
    private async Task DescribeAsync(ChatResponse response)
    {
        foreach (var content in response.Messages.SelectMany(message => message.Contents))
        {
            switch (content)
            {
                case FunctionCallContent call:
                    var arguments = string.Join(", ", (call.Arguments ?? new Dictionary<string, object?>()).Select(a => $"{a.Key}: {a.Value}"));
                    await output.WriteLineAsync($"   the response holds a call to {call.Name}({arguments}); UseFunctionInvocation ran it here, in this process");
                    break;
                case FunctionResultContent result:
                    await output.WriteLineAsync($"   its result, \"{result.Result}\", went to the model in a new background response, which the new token follows");
                    break;
            }
        }
    }

    private async Task HeadingAsync(string text)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(text);
    }
}
