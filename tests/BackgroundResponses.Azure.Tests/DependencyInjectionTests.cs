using System.Net;
using System.Text;
using Azure.Core;
using BackgroundResponses.Azure.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackgroundResponses.Azure.Tests;

public class DependencyInjectionTests
{
    private static readonly Uri Endpoint = new("https://contoso.openai.azure.com/");

    [Fact]
    public async Task AddAzureResponsesClient_WithACredential_ResolvesAClientForTheV1Root_SignedInWithIt()
    {
        var credential = new FakeTokenCredential();
        var services = new ServiceCollection();
        var stub = new StubHandler();
        services.AddAzureResponsesClient(Endpoint, credential, o => o.Retry.MaxRetryAttempts = 0).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ResponsesClient>();
        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(new Uri("https://contoso.openai.azure.com/openai/v1/"), client.BaseAddress);
        Assert.Equal(("https://contoso.openai.azure.com/openai/v1/responses/resp_1", "Bearer token-1"), Assert.Single(stub.Seen));
        Assert.Equal([ResponsesClientOptionsAzureExtensions.DefaultScope], Assert.Single(credential.Contexts).Scopes);
        Assert.Equal(0, provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value.Retry.MaxRetryAttempts);
    }

    [Fact]
    public async Task AddAzureResponsesClient_TakesTheCredentialFromTheContainer()
    {
        var credential = new FakeTokenCredential();
        var services = new ServiceCollection();
        var stub = new StubHandler();
        services.AddSingleton<TokenCredential>(credential);
        services.AddAzureResponsesClient(Endpoint).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<ResponsesClient>();
        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal("Bearer token-1", Assert.Single(stub.Seen).Authorization);
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task ClientsResolvedOneAfterAnother_ShareOneToken()
    {
        // Typed clients are transient: each resolution is a new ResponsesClient, and none may ask Entra ID again.
        var credential = new FakeTokenCredential();
        var services = new ServiceCollection();
        var stub = new StubHandler();
        services.AddAzureResponsesClient(Endpoint, credential).ConfigurePrimaryHttpMessageHandler(() => stub);
        using var provider = services.BuildServiceProvider();

        for (var i = 0; i < 5; i++)
        {
            var client = provider.GetRequiredService<ResponsesClient>();
            await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));
        }

        Assert.Equal(1, credential.Calls);
        Assert.Equal(5, stub.Seen.Count);
    }

    [Fact]
    public void AddAzureResponsesClient_WithoutARegisteredCredential_SaysHowToRegisterOne()
    {
        var services = new ServiceCollection();
        services.AddAzureResponsesClient(Endpoint);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value);

        Assert.Contains("AddSingleton<TokenCredential>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureResponsesClient_WithAnApiKeyToo_FailsValidation_NamingBoth()
    {
        var services = new ServiceCollection();
        services.AddAzureResponsesClient(Endpoint, new FakeTokenCredential(), o => o.ApiKey = "sk-azure-key-123");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value);

        Assert.Contains("Set either ApiKey or BearerTokenProvider, not both", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-azure-key-123", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAzureResponsesClient_RefusesABadEndpointAtOnce()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddAzureResponsesClient(new Uri("http://contoso.openai.azure.com/"), new FakeTokenCredential()));
        Assert.Throws<ArgumentNullException>(() => services.AddAzureResponsesClient(Endpoint, (TokenCredential)null!));
        Assert.Throws<ArgumentNullException>(() => services.AddAzureResponsesClient(null!, new FakeTokenCredential()));
    }

    /// <summary>Answers 404 to everything, recording the address and the Authorization header.</summary>
    private sealed class StubHandler : HttpMessageHandler
    {
        private readonly List<(string Uri, string? Authorization)> _seen = [];

        public IReadOnlyList<(string Uri, string? Authorization)> Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_seen)
            {
                _seen.Add((request.RequestUri!.ToString(), request.Headers.TryGetValues("Authorization", out var v) ? v.Single() : null));
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound)
            {
                RequestMessage = request,
                Content = new StringContent("""{"error":{"code":"404","message":"Resource not found"}}""", Encoding.UTF8, "application/json"),
            });
        }
    }
}
