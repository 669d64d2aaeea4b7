using BackgroundResponses.Testing;
using DeepResearch;

namespace BackgroundResponses.Tests.Samples;

public sealed class DeepResearchRestartTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "br-research-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _output = new();
    private FakeResponsesServer _server = null!;

    private string TokenPath => Path.Combine(_directory, "deep-research.token");

    private ResearchSettings Settings => new() { TokenFile = TokenPath, InterruptAfter = ResearchSettings.OfflineInterruptAfter };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(1), QueuedDuration = TimeSpan.FromMilliseconds(5) });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _output.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task InterruptedThenStartedAgain_ResumesFromTheTokenFile_WithOneCreate()
    {
        var exitCode = await ResearchDemo.RunAsync(_server.CreateClient(), Settings, _output, _server, CancellationToken.None);

        Assert.True(exitCode == 0, _output.ToString());
        Assert.False(File.Exists(TokenPath), "the token file is deleted once the run is done");
        var requests = _server.Requests;
        var create = Assert.Single(requests, r => r.Method == "POST" && r.Path == "/v1/responses");
        var id = Assert.Single(requests, r => r.Query.Contains("starting_after=", StringComparison.Ordinal)).Path["/v1/responses/".Length..];
        Assert.Contains(requests, r => r.Method == "GET" && r.Path == $"/v1/responses/{id}" && r.Query == $"?stream=true&starting_after={ResearchSettings.OfflineInterruptAfter - 1}&include[]=web_search_call.action.sources");
        Assert.Contains("web_search_preview", create.Body, StringComparison.Ordinal);
        var text = _output.ToString();
        Assert.Contains("searching: sea otter tool use rocks study (3 sources)", text, StringComparison.Ordinal);
        Assert.Contains("thinking:  Planning the research", text, StringComparison.Ordinal);
        Assert.Contains("on a stone held on the chest [1]. Many keep", text, StringComparison.Ordinal);
        Assert.Contains("[3] Keystone species of the kelp forest - https://kelp-forests.example/keystone-species", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://", text.Split("Sources:")[0].Split("== Report ==")[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CtrlC_KeepsTheTokenFile_AndTheNextStartResumesTheRunningResponse()
    {
        using var ctrlC = new CancellationTokenSource();
        var first = ResearchDemo.RunAsync(_server.CreateClient(), Settings with { InterruptAfter = null }, _output, _server, ctrlC.Token);
        while (!File.Exists(TokenPath))
        {
            await Task.Delay(5);
        }

        await ctrlC.CancelAsync();

        Assert.Equal(ResearchDemo.Interrupted, await first);
        var saved = ResponseResumeToken.Parse(await File.ReadAllTextAsync(TokenPath));
        Assert.Contains("Stopped.", _output.ToString(), StringComparison.Ordinal);

        var second = await ResearchDemo.RunAsync(_server.CreateClient(), Settings with { InterruptAfter = null }, _output, _server, CancellationToken.None);

        Assert.True(second == 0, _output.ToString());
        Assert.Single(_server.Requests, r => r.Method == "POST");
        Assert.Contains(_server.Requests, r => r.Query.Contains($"starting_after={saved.LastSequenceNumber}", StringComparison.Ordinal));
        Assert.False(File.Exists(TokenPath));
    }

    [Fact]
    public async Task TokenFromAnEarlierProcess_IsSeededIntoTheFake_AndResumedWithoutACreate()
    {
        await File.WriteAllTextAsync(TokenPath, new ResponseResumeToken("resp_from_the_last_process", 40).ToString());

        var exitCode = await ResearchDemo.RunAsync(_server.CreateClient(), Settings, _output, _server, CancellationToken.None);

        Assert.True(exitCode == 0, _output.ToString());
        Assert.DoesNotContain(_server.Requests, r => r.Method == "POST");
        Assert.Contains(_server.Requests, r => r.Path == "/v1/responses/resp_from_the_last_process" && r.Query.StartsWith("?stream=true&starting_after=40&", StringComparison.Ordinal));
        Assert.Contains("seeded with run resp_from_the_last_process", _output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(TokenPath));
    }

    [Fact]
    public async Task ATokenFileThatIsNotAToken_IsRefused_AndNothingIsCreated()
    {
        await File.WriteAllTextAsync(TokenPath, "not a token");

        await Assert.ThrowsAsync<InvalidDataException>(() => ResearchDemo.RunAsync(_server.CreateClient(), Settings, _output, _server, CancellationToken.None));

        Assert.Empty(_server.Requests);
        Assert.True(File.Exists(TokenPath));
    }

    [Fact]
    public async Task ASecondCreateOnTheServer_FailsTheRun()
    {
        // Another run created on the same server stands in for a duplicate create: the request log counts two.
        await _server.CreateClient().CreateAsync(Settings.CreateRequest());

        var exitCode = await ResearchDemo.RunAsync(_server.CreateClient(), Settings, _output, _server, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Contains("✗ 2 runs were created, expected 1", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EventLedger_FlagsRepeatedAndLostEvents()
    {
        var ledger = new EventLedger();
        foreach (var number in new[] { 0, 1, 1, 2, 5, 6 })
        {
            ledger.Record(new ResponseInProgressEvent { SequenceNumber = number, Response = new ModelResponse { Id = "resp_1" } });
        }

        Assert.Equal(["event 1 (response.in_progress) arrived again after event 1", "events 3..4 were lost before event 5 (response.in_progress)"], ledger.Problems);
        Assert.Equal(6, ledger.Last);
    }

    [Theory]
    [InlineData("--interrupt-after")]
    [InlineData("--interrupt-after", "soon")]
    [InlineData("--unknown", "x")]
    public void Settings_RejectBadArguments(params string[] args) =>
        Assert.Throws<ArgumentException>(() => ResearchSettings.FromArgs(args, offline: true));

    [Fact]
    public void Settings_OfflineInterruptsByDefault_ZeroTurnsItOff()
    {
        Assert.Equal(ResearchSettings.OfflineInterruptAfter, ResearchSettings.FromArgs([], offline: true).InterruptAfter);
        Assert.Null(ResearchSettings.FromArgs([], offline: false).InterruptAfter);
        var custom = ResearchSettings.FromArgs(["--interrupt-after", "0", "--question", "Why?", "--token-file", "x.token"], offline: true);
        Assert.Equal((null, "Why?", "x.token"), (custom.InterruptAfter, custom.Question, custom.TokenFile));
    }
}
