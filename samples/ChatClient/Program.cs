using System.Diagnostics;
using System.Text;
using BackgroundResponses;
using BackgroundResponses.Samples;
using Microsoft.Extensions.AI;

namespace ChatClient;

/// <summary>
/// A tour of <c>BackgroundResponses.Extensions.AI</c>: the SDK's client turned into an <see cref="IChatClient"/>, then used only
/// through that interface for a background request polled from saved token bytes, a stream through a dropped connection, and a
/// tool call with <c>UseFunctionInvocation</c>. With <c>AZURE_OPENAI_ENDPOINT</c> it runs against Azure OpenAI
/// (<c>AZURE_OPENAI_API_KEY</c> in the <c>api-key</c> header, or keyless through <c>DefaultAzureCredential</c>; the deployment
/// from <c>AZURE_OPENAI_DEPLOYMENT</c>), else with <c>OPENAI_API_KEY</c> against OpenAI, else offline against a fake of the API
/// started in this process. Exits 0 when every step did what it should, 1 with the reason otherwise.
/// </summary>
internal static class Program
{
    private static async Task<int> Main()
    {
        Console.OutputEncoding = Encoding.UTF8;
        var clock = Stopwatch.StartNew();
        SampleApi api;
        try
        {
            api = SampleApi.FromEnvironment(defaultModel: "gpt-4.1-mini");
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"✗ {ex.Message}");
            return 2;
        }

        var online = api.IsOnline;
        var model = online ? api.Model : "fake-model";

        // A bound on the whole tour, so a hang fails the run (and CI) instead of stalling it.
        using var timeout = new CancellationTokenSource(online ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(60));
        try
        {
            await using var server = online ? null : await FakeModel.StartAsync(timeout.Token);
            Console.WriteLine(server is null
                ? api.Description
                : $"Offline: a fake Responses API runs in this process at {server.BaseAddress} ({SampleApi.GoOnlineHint}).");

            // The only place the SDK's own client appears: everything after this line talks to IChatClient.
            var responses = server?.CreateClient() ?? new ResponsesClient(api.CreateOptions("chat-client-sample"));
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
            await api.ReportFailureAsync($"ChatClient sample failed after {clock.Elapsed.TotalSeconds:0.0} s: {reason}", ex);

            return 1;
        }
    }
}
