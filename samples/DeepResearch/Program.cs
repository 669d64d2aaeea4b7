using System.Text;
using BackgroundResponses;
using BackgroundResponses.Samples;
using BackgroundResponses.Testing;

namespace DeepResearch;

/// <summary>
/// A deep-research run shown as it happens (status, reasoning summaries, searches, pages read), then its report with
/// numbered citations. With <c>AZURE_OPENAI_ENDPOINT</c> it runs against Azure OpenAI (<c>AZURE_OPENAI_API_KEY</c> in the
/// <c>api-key</c> header, or keyless through <c>DefaultAzureCredential</c>; <c>AZURE_OPENAI_DEPLOYMENT</c> names a deep-research
/// deployment, default <c>o4-mini-deep-research</c>, and the resource must offer the web search tool), else with
/// <c>OPENAI_API_KEY</c> against OpenAI (<c>OPENAI_MODEL</c>, default <c>o4-mini-deep-research</c>): stop it with Ctrl+C and
/// start it again to resume the same run from its token file. Without either it runs offline against an in-process fake,
/// and shows that restart itself.
/// </summary>
internal static class Program
{
    private const string Usage = "usage: dotnet run --project samples/DeepResearch [-- --question TEXT] [--token-file PATH] [--interrupt-after N (0: never)]";

    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        SampleApi api;
        ResearchSettings settings;
        try
        {
            api = SampleApi.FromEnvironment(ResearchSettings.DefaultModel);
            settings = ResearchSettings.FromArgs(args, offline: !api.IsOnline) with { Model = api.Model };
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"✗ {ex.Message}");
            return 2;
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }

        using var ctrlC = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // Handled here so the process ends through the normal path, with the token file in place.
            e.Cancel = true;
            ctrlC.Cancel();
        };

        try
        {
            if (api.IsOnline)
            {
                Console.WriteLine($"{api.Description} Deep research takes minutes; Ctrl+C stops watching, not the run.");
                var client = new ResponsesClient(api.CreateOptions("deep-research-sample"));
                return await ResearchDemo.RunAsync(client, settings, Console.Out, fake: null, ctrlC.Token);
            }

            await using var fake = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
            {
                // Slow enough to watch, fast enough for a smoke test of a few seconds.
                EventDelay = TimeSpan.FromMilliseconds(8),
                QueuedDuration = TimeSpan.FromMilliseconds(300),
            });
            Console.WriteLine($"Offline: a fake Responses API plays a deep-research run in this process at {fake.BaseAddress} ({SampleApi.GoOnlineHint}).");
            var offlineClient = fake.CreateClient();
            return await ResearchDemo.RunAsync(offlineClient, settings, Console.Out, fake, ctrlC.Token);
        }
        catch (Exception ex) when (ex is ResponsesException or InvalidDataException or InvalidOperationException)
        {
            await api.ReportFailureAsync($"{ex.GetType().Name}: {ex.Message}", ex);

            return 1;
        }
    }
}
