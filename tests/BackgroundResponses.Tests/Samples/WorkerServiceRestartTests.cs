using BackgroundResponses.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WorkerService;

namespace BackgroundResponses.Tests.Samples;

public sealed class WorkerServiceRestartTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "br-worker-" + Guid.NewGuid().ToString("N"));
    private FakeResponsesServer _server = null!;

    private string TokenPath => Path.Combine(_directory, "response.token");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(5) });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Worker_StoppedMidStreamThenStartedAgain_ResumesFromTheTokenFileWithoutASecondCreate()
    {
        using (var first = BuildHost())
        {
            await first.StartAsync();
            await TokenFile.WaitUntilPastAsync(TokenPath, 20, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            await first.StopAsync();
        }

        // Read after the stop: the worker may have saved a few more events between the wait and the stop.
        var saved = TokenFile.Read(TokenPath);
        Assert.NotNull(saved);
        Assert.True(_server.GetResponse(saved.ResponseId)!.Status!.Value.IsPending, "the response must still be running when the worker stops");

        using (var second = BuildHost())
        {
            // The worker stops the host itself once the response is done.
            await second.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.False(File.Exists(TokenPath), "the token file is deleted once the response is done");
        Assert.Equal(ResponseStatus.Completed, _server.GetResponse(saved.ResponseId)!.Status);
        var requests = _server.Requests;
        Assert.Single(requests, r => r.Method == "POST" && r.Path == "/v1/responses");
        Assert.Contains(requests, r => r.Method == "GET" && r.Path == $"/v1/responses/{saved.ResponseId}" && r.Query == $"?stream=true&starting_after={saved.LastSequenceNumber}");
    }

    [Fact]
    public async Task Worker_TokenForAResponseTheServerDoesNotKnow_StartsANewResponse()
    {
        await File.WriteAllTextAsync(TokenPath, new ResponseResumeToken("resp_gone", 7).ToString());

        using (var host = BuildHost())
        {
            await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.False(File.Exists(TokenPath));
        Assert.Single(_server.Requests, r => r.Method == "POST" && r.Path == "/v1/responses");
        Assert.DoesNotContain(_server.Requests, r => r.Query.Contains("starting_after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Worker_ResponseFails_RecordsTheFailureForTheExitCodeAndStopsTheHost()
    {
        _server.Faults.FailNextResponse(afterTextDeltas: 3);

        using (var host = BuildHost())
        {
            var outcome = host.Services.GetRequiredService<ResponseJobOutcome>();
            await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(outcome.Failed, "a failed response must make the sample exit non-zero");
        }

        Assert.Single(_server.Requests, r => r.Method == "POST" && r.Path == "/v1/responses");
    }

    [Fact]
    public async Task Worker_ResponseCompletes_RecordsNoFailure()
    {
        using var host = BuildHost();
        var outcome = host.Services.GetRequiredService<ResponseJobOutcome>();

        await host.RunAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(outcome.Failed);
    }

    private IHost BuildHost() => WorkerHost.Build([], builder =>
    {
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:BaseAddress"] = _server.BaseAddress.ToString(),
            ["OpenAI:ApiKey"] = FakeResponsesServer.DefaultClientApiKey,
            ["Worker:TokenFile"] = TokenPath,
        });
    });
}
