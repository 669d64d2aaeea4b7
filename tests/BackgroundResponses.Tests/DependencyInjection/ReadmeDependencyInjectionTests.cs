using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackgroundResponses.Tests.DependencyInjection;

/// <summary>Keeps the dependency-injection examples of docs/dependency-injection-and-telemetry.md (and the one README.md shows) compiled and working, as <see cref="ReadmeTests"/> does for the others.</summary>
public class ReadmeDependencyInjectionTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("readme-dependency-injection", "README.md")]
    [InlineData("readme-dependency-injection", "docs/dependency-injection-and-telemetry.md")]
    [InlineData("readme-dependency-injection-action", "docs/dependency-injection-and-telemetry.md")]
    public void ReadmeSnippet_IsTheCompiledCodeVerbatim(string name, string page)
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "DependencyInjection", "ReadmeDependencyInjectionTests.cs");
        var readme = RepositoryFiles.Read(page.Split('/'));

        Assert.Equal(RepositoryFiles.Snippet(source, name), RepositoryFiles.MarkdownSnippet(readme, name));
    }

    [Fact]
    public async Task ReadmeConfigurationExample_StartsAndCalls()
    {
        _api.Stub("POST", "/v1/responses", 200, """{"id":"resp_readme_di","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        // What appsettings.json would hold.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = FakeApi.ApiKey,
            ["OpenAI:BaseAddress"] = _api.V1.ToString(),
        });

        // begin-snippet: readme-dependency-injection
        builder.Services.AddResponsesClient(builder.Configuration.GetSection("OpenAI"));

        using var host = builder.Build();
        await host.StartAsync(); // a missing key or a bad setting stops the host here, not at the first call

        var client = host.Services.GetRequiredService<ResponsesClient>();
        var response = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-4.1", Input = "Hello" });
        // end-snippet

        Assert.Equal("resp_readme_di", response.Id);
        await host.StopAsync();
    }

    [Fact]
    public void ReadmeActionExample_ConfiguresTheOptions()
    {
        var services = new ServiceCollection();
        var apiKey = FakeApi.ApiKey;

        // begin-snippet: readme-dependency-injection-action
        services.AddResponsesClient(options =>
        {
            options.ApiKey = apiKey; // or leave it unset to use OPENAI_API_KEY
            options.Organization = "org_123";
            options.NetworkTimeout = TimeSpan.FromSeconds(30);
            options.Streaming.IdleTimeout = TimeSpan.FromMinutes(5);
        });
        // end-snippet

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value;
        Assert.Equal("org_123", options.Organization);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Streaming.IdleTimeout);
        Assert.NotNull(provider.GetRequiredService<ResponsesClient>());
    }
}
