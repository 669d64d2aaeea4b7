using Azure.Identity;
using BackgroundResponses.Azure.Tests.TestSupport;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Azure.Tests;

/// <summary>Keyless sign-in through <see cref="ResponsesClientOptionsAzureExtensions.UseTokenCredential"/>, end to end over HTTP against the fake.</summary>
public sealed class TokenCredentialTests : IAsyncLifetime
{
    private FakeResponsesServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2) });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void DefaultScope_IsCognitiveServices() =>
        Assert.Equal("https://cognitiveservices.azure.com/.default", ResponsesClientOptionsAzureExtensions.DefaultScope);

    [Fact]
    public async Task Tokens_AreAskedForTheDefaultScope_AndSentAsBearer()
    {
        var credential = new FakeTokenCredential();
        var (client, gate) = Connect(credential);

        await client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        var context = Assert.Single(credential.Contexts);
        Assert.Equal([ResponsesClientOptionsAzureExtensions.DefaultScope], context.Scopes);
        Assert.Equal("Bearer token-1", Assert.Single(gate.Seen).Authorization);
    }

    [Fact]
    public async Task Tokens_AreAskedForACustomScope()
    {
        var credential = new FakeTokenCredential();
        var (client, _) = Connect(credential, scope: "api://my-gateway/.default");

        await client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        Assert.Equal(["api://my-gateway/.default"], Assert.Single(credential.Contexts).Scopes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void UseTokenCredential_RefusesAnEmptyScope(string scope) =>
        Assert.Throws<ArgumentException>(() => new ResponsesClientOptions().UseTokenCredential(new FakeTokenCredential(), scope));

    [Fact]
    public void UseTokenCredential_ReturnsTheOptions_AndSetsOnlyTheProvider()
    {
        var options = new ResponsesClientOptions { BaseAddress = new Uri("https://contoso.openai.azure.com/openai/v1/") };

        Assert.Same(options, options.UseTokenCredential(new FakeTokenCredential()));
        Assert.NotNull(options.BearerTokenProvider);
        Assert.Null(options.ApiKey);
        Assert.Null(options.ApiKeyHeaderName);
        Assert.Equal(new Uri("https://contoso.openai.azure.com/openai/v1/"), options.BaseAddress);
    }

    [Fact]
    public void UseTokenCredential_WithAnApiKey_IsRefusedByTheClient_NamingBoth()
    {
        // Nothing is cleared silently: the key stays, and the client says there are two credentials.
        var options = new ResponsesClientOptions { ApiKey = "sk-azure-key-123", BaseAddress = _server.BaseAddress }.UseTokenCredential(new FakeTokenCredential());

        var error = Assert.ThrowsAny<Exception>(() => new ResponsesClient(options));

        Assert.Contains("Set either ApiKey or BearerTokenProvider, not both", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-azure-key-123", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FiftyConcurrentRequests_ShareOneToken()
    {
        var credential = new FakeTokenCredential { Delay = TimeSpan.FromMilliseconds(100) };
        var (client, gate) = Connect(credential);
        _server.SeedResponse("resp_seeded", new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => client.RetrieveAsync("resp_seeded"))));

        Assert.Equal(1, credential.Calls);
        Assert.Equal(50, gate.Seen.Count);
        Assert.All(gate.Seen, seen => Assert.Equal("Bearer token-1", seen.Authorization));
    }

    [Fact]
    public async Task TheToken_IsReused_ThenRefreshedFiveMinutesBeforeItExpires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var credential = new FakeTokenCredential(clock) { Lifetime = TimeSpan.FromHours(1) };
        var (client, gate) = Connect(credential, clock: clock);
        _server.SeedResponse("resp_seeded", new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        await client.RetrieveAsync("resp_seeded");
        clock.Advance(TimeSpan.FromMinutes(54));
        await client.RetrieveAsync("resp_seeded");
        Assert.Equal(1, credential.Calls);

        clock.Advance(TimeSpan.FromMinutes(2)); // 4 minutes left: inside the refresh margin
        await client.RetrieveAsync("resp_seeded");

        Assert.Equal(2, credential.Calls);
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], gate.Seen.Select(s => s.Authorization));
    }

    [Fact]
    public async Task TheCredentialsRefreshOn_IsHonoured()
    {
        // Managed identity tokens say when to refresh (Azure.Core's AccessToken.RefreshOn), typically halfway through their life.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var credential = new FakeTokenCredential(clock) { Lifetime = TimeSpan.FromHours(24), RefreshAfter = TimeSpan.FromHours(12) };
        var (client, gate) = Connect(credential, clock: clock);
        _server.SeedResponse("resp_seeded", new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        await client.RetrieveAsync("resp_seeded");
        clock.Advance(TimeSpan.FromHours(11.9));
        await client.RetrieveAsync("resp_seeded");
        clock.Advance(TimeSpan.FromHours(0.2));
        await client.RetrieveAsync("resp_seeded");

        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], gate.Seen.Select(s => s.Authorization));
    }

    public static TheoryData<Exception> CredentialFailures() =>
    [
        new CredentialUnavailableException("ManagedIdentityCredential authentication unavailable. No managed identity endpoint found."),
        new AuthenticationFailedException("ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided."),
    ];

    [Theory]
    [MemberData(nameof(CredentialFailures))]
    public async Task AFailingCredential_GivesAnAuthenticationError_NamingTheCause_AndTheCreateIsNeverSent(Exception failure)
    {
        var credential = new FakeTokenCredential { Failure = failure };
        var (client, gate) = Connect(credential);

        var error = await Assert.ThrowsAsync<ResponsesAuthenticationException>(
            () => client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" }));

        Assert.Same(failure, error.InnerException);
        Assert.Contains(failure.GetType().Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(failure.Message, error.Message, StringComparison.Ordinal);
        Assert.Empty(gate.Seen);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A401_RefreshesTheTokenOnce_AndRepeatsARetrieveOnce()
    {
        var credential = new FakeTokenCredential();
        var (client, gate) = Connect(credential);
        var created = await client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        // token-1 is revoked server-side before it expires.
        gate.Accepts = authorization => authorization != "Bearer token-1";
        var retrieved = await client.RetrieveAsync(created.Id);

        Assert.Equal(created.Id, retrieved.Id);
        Assert.Equal(2, credential.Calls);
        Assert.Equal(
            [("POST", "Bearer token-1", 200), ("GET", "Bearer token-1", 401), ("GET", "Bearer token-2", 200)],
            gate.Seen.Select(s => (s.Method, s.Authorization, s.Status)));
    }

    [Fact]
    public async Task A401_WhenTheNewTokenIsRefusedToo_IsThrown_AfterOneRepeat()
    {
        var credential = new FakeTokenCredential();
        var (client, gate) = Connect(credential);
        gate.Accepts = _ => false;

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_any"));

        Assert.Equal(401, error.Status);
        Assert.Equal(2, gate.Seen.Count);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task ACreateAnswered401_IsNotRepeated_AndTheNextRequestHasANewToken()
    {
        var credential = new FakeTokenCredential();
        var (client, gate) = Connect(credential);
        gate.Accepts = authorization => authorization != "Bearer token-1";

        var error = await Assert.ThrowsAsync<ResponsesApiException>(
            () => client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" }));
        Assert.Equal(401, error.Status);
        Assert.Single(gate.Seen);
        Assert.Empty(_server.Requests);

        await client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });

        Assert.Equal([("POST", "Bearer token-1", 401), ("POST", "Bearer token-2", 200)], gate.Seen.Select(s => (s.Method, s.Authorization, s.Status)));
        Assert.Single(_server.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task AStream_ResumesWithAFreshToken_WhenTheOldOneExpiredMidStream()
    {
        // Real time: tokens live 1.5 s (refreshed halfway), and the gate refuses any token past its expiry.
        var credential = new FakeTokenCredential { Lifetime = TimeSpan.FromMilliseconds(1500) };
        var (client, gate) = Connect(credential, configure: o => o.Streaming.ResumeDelay = TimeSpan.FromMilliseconds(10));
        gate.Accepts = authorization =>
            credential.Issued.FirstOrDefault(t => "Bearer " + t.Token == authorization) is { Token: not null } token && token.ExpiresOn > DateTimeOffset.UtcNow;
        _server.Faults.DropNextStreamAfter(events: 12);

        var sequence = new List<int>();
        var text = new System.Text.StringBuilder();
        ModelResponse? final = null;
        await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" }))
        {
            sequence.Add(e.SequenceNumber ?? -1);
            if (e is ResponseTextDeltaEvent delta)
            {
                text.Append(delta.Delta);
            }

            if (sequence.Count == 6)
            {
                // token-1 expires while the stream is still open; the drop comes later and the resume needs a new token.
                await Task.Delay(credential.Lifetime + TimeSpan.FromMilliseconds(200));
            }

            if (e is ResponseCompletedEvent completed)
            {
                final = completed.Response;
            }
        }

        Assert.NotNull(final);
        Assert.Equal(final.OutputText, text.ToString());
        Assert.Equal(Enumerable.Range(sequence[0], sequence.Count), sequence);
        Assert.DoesNotContain(gate.Seen, s => s.Status == 401);
        Assert.Equal(2, gate.Seen.Count);
        Assert.Equal(("POST", "Bearer token-1"), (gate.Seen[0].Method, gate.Seen[0].Authorization));
        Assert.Equal(("GET", "Bearer token-2"), (gate.Seen[1].Method, gate.Seen[1].Authorization));
        Assert.Contains("stream=true", gate.Seen[1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tokens_NeverAppearInLogsExceptionsOrToString()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var credential = new FakeTokenCredential();
        var (client, gate) = Connect(credential, logs: loggerFactory);
        var errors = new List<Exception>();

        var created = await client.CreateAsync(new CreateResponseRequest { Model = "my-deployment", Input = "Hi" });
        gate.Accepts = authorization => authorization != "Bearer token-1";
        await client.RetrieveAsync(created.Id);
        gate.Accepts = _ => false;
        errors.Add(await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync(created.Id)));
        errors.Add(await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m", Input = "Hi" })));

        var tokens = credential.Issued.Select(t => t.Token).ToList();
        Assert.True(tokens.Count >= 3, $"only {tokens.Count} tokens were issued");
        Assert.NotEmpty(logs.GetSnapshot());
        var written = string.Join("\n", logs.GetSnapshot().Select(r => r.Message + " " + string.Join(",", r.StructuredState ?? [])))
            + string.Join("\n", errors.Select(e => e.ToString()))
            + client.ToString()
            + new ResponsesClientOptions().UseTokenCredential(credential).ToString()
            + new BearerToken("token-1", DateTimeOffset.UtcNow).ToString();
        Assert.All(tokens, token => Assert.DoesNotContain(token, written, StringComparison.Ordinal));
    }

    private (ResponsesClient Client, AuthGate Gate) Connect(
        FakeTokenCredential credential, string? scope = null, TimeProvider? clock = null, ILoggerFactory? logs = null, Action<ResponsesClientOptions>? configure = null)
    {
        var gate = new AuthGate(new SocketsHttpHandler());
        var options = new ResponsesClientOptions { BaseAddress = _server.BaseAddress }.UseTokenCredential(credential, scope);
        configure?.Invoke(options);
        return (new ResponsesClient(new HttpClient(gate), options, logs, clock), gate);
    }
}
