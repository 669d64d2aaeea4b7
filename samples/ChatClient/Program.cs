using System.Diagnostics;
using System.Text;
using BackgroundResponses;
using Microsoft.Extensions.AI;

namespace ChatClient;

/// <summary>
/// A tour of <c>BackgroundResponses.Extensions.AI</c>: the SDK's client turned into an <see cref="IChatClient"/>, then used only
/// through that interface for a background request polled from saved token bytes, a stream through a dropped connection, and a
/// tool call with <c>UseFunctionInvocation</c>. With no <c>OPENAI_API_KEY</c> it runs offline against a fake of the API started
/// in this process; with one, against OpenAI. Exits 0 when every step did what it should, 1 with the reason otherwise.
/// </summary>
internal static class Program
{
    private static async Task<int> Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        var clock = Stopwatch.StartNew();
        var online = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("OPENAI_API_KEY"));
        var model = online ? Environment.GetEnvironmentVariable("OPENAI_MODEL") is { Length: > 0 } m ? m : "gpt-4.1-mini" : "fake-model";

        // A bound on the whole tour, so a hang fails the run (and CI) instead of stalling it.
        using var timeout = new CancellationTokenSource(online ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(60));
        try
        {
            await using var server = online ? null : await FakeModel.StartAsync(timeout.Token);
            Console.WriteLine(server is null
                ? $"Online: OpenAI Responses API, model {model} (OPENAI_API_KEY is set)."
                : $"Offline: a fake Responses API runs in this process at {server.BaseAddress} (set OPENAI_API_KEY to use the real one).");

            // The only place the SDK's own client appears: everything after this line talks to IChatClient.
            var responses = server?.CreateClient() ?? new ResponsesClient(new ResponsesClientOptions { ApplicationId = "chat-client-sample" });
            using var chat = responses.AsIChatClient(model);

            var tour = new ChatTour(chat, server, Console.Out);
            await tour.BackgroundRequestAsync(timeout.Token);
            await tour.StreamThroughDropAsync(timeout.Token);
            await tour.ToolCallAsync(timeout.Token);

            Console.WriteLine();
            Console.WriteLine($"✓ Tour complete in {clock.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        }
        catch (Exception ex)
        {
            Console.WriteLine();
            var reason = timeout.IsCancellationRequested ? "the tour took too long" : $"{ex.GetType().Name}: {ex.Message}";
            await Console.Error.WriteLineAsync($"✗ ChatClient sample failed after {clock.Elapsed.TotalSeconds:0.0} s: {reason}");
            return 1;
        }
    }
}
