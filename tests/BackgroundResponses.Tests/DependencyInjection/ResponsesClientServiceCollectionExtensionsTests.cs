using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackgroundResponses.Tests.DependencyInjection;

public class ResponsesClientServiceCollectionExtensionsTests : IDisposable
{
    private const string ResponseJson = """{"id":"resp_di","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""";

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task AddResponsesClient_WithAction_ResolvesAClientThatSendsTheConfiguredHeaders()
    {
        var services = new ServiceCollection();
        services.AddResponsesClient(o =>
        {
            o.ApiKey = FakeApi.ApiKey;
            o.BaseAddress = _api.V1;
            o.Organization = "org_action";
        });
        using var provider = services.BuildServiceProvider();
        _api.Stub("GET", "/v1/responses/resp_di", 200, ResponseJson);

        var client = provider.GetRequiredService<ResponsesClient>();
        var response = await client.RetrieveAsync("resp_di");

        Assert.Equal(_api.V1, client.BaseAddress);
        Assert.Equal("resp_di", response.Id);
        var headers = _api.SingleRequest().Headers!;
        Assert.Equal("Bearer " + FakeApi.ApiKey, headers["Authorization"].Single());
        Assert.Equal("org_action", headers["OpenAI-Organization"].Single());
    }

    [Fact]
    public async Task AddResponsesClient_WithConfigurationSection_BindsEveryLevel()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OpenAI:ApiKey"] = FakeApi.ApiKey,
                ["OpenAI:BaseAddress"] = _api.V1.ToString(),
                ["OpenAI:Organization"] = "org_config",
                ["OpenAI:NetworkTimeout"] = "00:00:30",
                ["OpenAI:Retry:MaxRetryAttempts"] = "1",
                ["OpenAI:Streaming:MaxResumeAttempts"] = "7",
                ["OpenAI:Streaming:Polling:MaxWait"] = "00:20:00",
                ["OpenAI:Streaming:Polling:Delay"] = "00:00:02",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddResponsesClient(configuration.GetSection("OpenAI"));
        using var provider = services.BuildServiceProvider();
        _api.Stub("GET", "/v1/responses/resp_di", 200, ResponseJson);

        var options = provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value;
        var client = provider.GetRequiredService<ResponsesClient>();
        await client.RetrieveAsync("resp_di");

        Assert.Equal(TimeSpan.FromSeconds(30), options.NetworkTimeout);
        Assert.Equal(1, options.Retry.MaxRetryAttempts);
        Assert.Equal(7, options.Streaming.MaxResumeAttempts);
        Assert.Equal(TimeSpan.FromMinutes(20), options.Streaming.Polling.MaxWait);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Streaming.Polling.Delay);
        Assert.Equal(_api.V1, client.BaseAddress);
        var headers = _api.SingleRequest().Headers!;
        Assert.Equal("Bearer " + FakeApi.ApiKey, headers["Authorization"].Single());
        Assert.Equal("org_config", headers["OpenAI-Organization"].Single());
    }

    [Fact]
    public void AddResponsesClient_CalledTwice_PutsOneResilienceHandlerInThePipeline()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddResponsesClient(o => o.ApiKey = FakeApi.ApiKey);
        services.AddResponsesClient(o => o.Organization = "org_second");
        using var provider = services.BuildServiceProvider();

        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(ResponsesClient));
        var count = 0;
        for (var current = handler as DelegatingHandler; current is not null; current = current.InnerHandler as DelegatingHandler)
        {
            count += current is ResponsesResilienceHandler ? 1 : 0;
        }

        Assert.Equal(1, count);
        Assert.Equal("org_second", provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value.Organization);
    }

    [Fact]
    public void AddResponsesClient_SetsAnInfiniteHttpClientTimeout()
    {
        var services = new ServiceCollection();
        services.AddResponsesClient(o => o.ApiKey = FakeApi.ApiKey);
        using var provider = services.BuildServiceProvider();

        var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ResponsesClient));

        Assert.Equal(Timeout.InfiniteTimeSpan, httpClient.Timeout);
    }

    [Fact]
    public void AddResponsesClient_ResolvesATransientClientWithoutAContainerLogger()
    {
        var services = new ServiceCollection();
        services.AddResponsesClient(o => o.ApiKey = FakeApi.ApiKey);
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<ResponsesClient>();
        var second = provider.GetRequiredService<ResponsesClient>();

        Assert.NotSame(first, second);
        Assert.Equal(ResponsesClientOptions.DefaultBaseAddress, first.BaseAddress);
    }

    [Fact]
    public void AddResponsesClient_NullArguments_Throw()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddResponsesClient(_ => { }));
        Assert.Throws<ArgumentNullException>("configure", () => services.AddResponsesClient((Action<ResponsesClientOptions>)null!));
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddResponsesClient(new ConfigurationBuilder().Build()));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddResponsesClient((IConfiguration)null!));
    }

    [Fact]
    public void AddResponsesClient_ReturnsTheBuilderOfTheClientsHttpClient()
    {
        var services = new ServiceCollection();

        var builder = services.AddResponsesClient(o => o.ApiKey = FakeApi.ApiKey)
            .ConfigureHttpClient(c => c.DefaultRequestHeaders.Add("X-Chained", "yes"));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(nameof(ResponsesClient), builder.Name);
        var httpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ResponsesClient));
        Assert.Equal("yes", httpClient.DefaultRequestHeaders.GetValues("X-Chained").Single());
    }

    [Fact]
    public async Task StartAsync_WithoutAnyKey_FailsNamingBothWaysToSetIt()
    {
        // Only meaningful where the environment holds no key; CI and developer machines here have none.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ResponsesClientOptions.ApiKeyEnvironmentVariable)))
        {
            return;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddResponsesClient(o => o.BaseAddress = _api.V1);
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("OPENAI_API_KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_WithABadBaseAddress_FailsWithoutShowingTheKey()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = FakeApi.ApiKey,
            ["OpenAI:BaseAddress"] = "ftp://example.com/v1?x=1",
        });
        builder.Services.AddResponsesClient(builder.Configuration.GetSection("OpenAI"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("BaseAddress", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.Message, StringComparison.Ordinal);
        Assert.All(ex.Failures, f => Assert.DoesNotContain(FakeApi.ApiKey, f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_ReportsEveryProblem_NamedFromTheSectionDown_TheSameRulesTheConstructorThrows()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:ApiKey"] = FakeApi.ApiKey,
            ["OpenAI:Retry:MaxRetryAttempts"] = "-1",
            ["OpenAI:Streaming:ResumeDelay"] = "-00:00:01",
            ["OpenAI:Streaming:Polling:MaxConsecutiveNetworkFailures"] = "0",
        });
        builder.Services.AddResponsesClient(builder.Configuration.GetSection("OpenAI"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Collection(
            ex.Failures,
            f => Assert.StartsWith("Retry.MaxRetryAttempts: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Streaming.ResumeDelay: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith("Streaming.Polling.MaxConsecutiveNetworkFailures: ", f, StringComparison.Ordinal));

        // The constructor applies the same rules and names the first one the same way.
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey };
        builder.Configuration.GetSection("OpenAI").Bind(options);
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new ResponsesClient(options));
        Assert.Equal("Retry.MaxRetryAttempts", thrown.ParamName);
    }

    [Fact]
    public async Task StartAsync_WithValidOptions_Starts()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddResponsesClient(o => o.ApiKey = FakeApi.ApiKey);
        using var host = builder.Build();

        await host.StartAsync();
        await host.StopAsync();
    }
}
