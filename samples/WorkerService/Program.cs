using BackgroundResponses;
using BackgroundResponses.Samples;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace WorkerService;

/// <summary>
/// A worker that runs one long background response and survives restarts by resuming it from a token file.
/// With <c>AZURE_OPENAI_ENDPOINT</c> set it talks to Azure OpenAI (<c>AZURE_OPENAI_API_KEY</c> in the <c>api-key</c> header,
/// bound from configuration like any other option, or keyless through <c>DefaultAzureCredential</c>, set in code; the deployment
/// from <c>AZURE_OPENAI_DEPLOYMENT</c>), else with <c>OPENAI_API_KEY</c> to OpenAI: stop it (Ctrl+C) mid-stream and start it
/// again to see it resume. Without either it runs against an in-process fake and shows the restart itself.
/// </summary>
internal static class Program
{
    private const int StopAfterEvent = 40;

    private static async Task<int> Main(string[] args)
    {
        SampleApi api;
        try
        {
            api = SampleApi.FromEnvironment(new ResponseJobOptions().Model);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"✗ {ex.Message}");
            return 2;
        }

        if (!api.IsOnline)
        {
            return await RunOfflineAsync(args) ? 0 : 1;
        }

        Console.WriteLine(api.Description);
        using var host = WorkerHost.Build(args, builder =>
        {
            if (api.ConfiguredModel is { } model)
            {
                builder.Configuration[$"{ResponseJobOptions.SectionName}:Model"] = model;
            }

            // Azure with a key: OpenAI:BaseAddress, OpenAI:ApiKey and OpenAI:ApiKeyHeaderName = "api-key", bound as appsettings.json
            // would be. Keyless: a TokenCredential is code, applied after binding. OpenAI: nothing, the key comes from OPENAI_API_KEY.
            builder.Configuration.AddInMemoryCollection(api.ToConfiguration("OpenAI"));
            if (api.IsKeyless)
            {
                builder.Services.PostConfigure<ResponsesClientOptions>(api.Configure);
            }
        });
        var outcome = host.Services.GetRequiredService<ResponseJobOutcome>(); // before RunAsync, which disposes the services
        await host.RunAsync();
        return outcome.Failed ? 1 : 0; // a scheduler sees a failed job
    }

    /// <summary>
    /// The fake lives and dies with this process, so a real restart would find nothing to resume: instead the first
    /// host is stopped mid-stream, as a deploy would, and a second host on the same token file picks the response up.
    /// </summary>
    /// <returns><see langword="true"/> when the resumed response completed.</returns>
    private static async Task<bool> RunOfflineAsync(string[] args)
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(20) });
        Console.WriteLine($"Offline: a fake Responses API runs in this process at {server.BaseAddress}; the worker is stopped after event {StopAfterEvent} and started again.");

        void UseFakeServer(HostApplicationBuilder builder) => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:BaseAddress"] = server.BaseAddress.ToString(),
            ["OpenAI:ApiKey"] = FakeResponsesServer.DefaultClientApiKey,
        });

        using (var first = WorkerHost.Build(args, UseFakeServer))
        {
            var tokenFile = first.Services.GetRequiredService<IOptions<ResponseJobOptions>>().Value.TokenFile;
            await first.StartAsync();
            await TokenFile.WaitUntilPastAsync(tokenFile, StopAfterEvent, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
            var saved = TokenFile.Read(tokenFile);
            Console.WriteLine($"Worker stopped; {tokenFile} keeps response {saved?.ResponseId} after event {saved?.LastSequenceNumber}. Starting it again.");
        }

        using var second = WorkerHost.Build(args, UseFakeServer);
        var outcome = second.Services.GetRequiredService<ResponseJobOutcome>(); // before RunAsync, which disposes the services
        await second.RunAsync();
        return !outcome.Failed;
    }
}
