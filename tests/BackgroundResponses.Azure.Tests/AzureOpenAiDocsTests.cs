using Azure.Core;
using Azure.Identity;
using BackgroundResponses.Azure.Tests.TestSupport;
using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BackgroundResponses.Azure.Tests;

/// <summary>
/// Keeps docs/azure-openai.md's snippets compiled and working: each runs against a fake that answers under
/// <c>/openai/v1</c> and checks the credential as Azure does (the key in <c>api-key</c>, or a valid bearer token).
/// </summary>
public class AzureOpenAiDocsTests
{
    private const string ApiKeyForTests = "azure-key-for-docs-tests";

    [Fact]
    public void DocsSnippets_AreTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Azure.Tests", "AzureOpenAiDocsTests.cs");
        var docs = RepositoryFiles.Read("docs", "azure-openai.md");

        foreach (var name in new[] { "azure-key", "azure-credential", "azure-keyless", "azure-di" })
        {
            Assert.Equal(RepositoryFiles.Snippet(source, name), RepositoryFiles.MarkdownSnippet(docs, name));
        }
    }

    [Fact]
    public void Readme_LinksTheAzurePage() =>
        Assert.Contains("(docs/azure-openai.md)", RepositoryFiles.Read("README.md"), StringComparison.Ordinal);

    [Fact]
    public async Task KeySnippet_SendsTheKeyInApiKey_ToTheV1Root()
    {
        await using var server = await StartAzureLikeServer(o =>
        {
            o.ApiKey = ApiKeyForTests;
            o.ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName;
        });
        var endpoint = new Uri(server.BaseAddress, "/"); // http://127.0.0.1:{port}/, as a resource endpoint
        var apiKey = ApiKeyForTests;

        // begin-snippet: azure-key
        // endpoint: the resource's endpoint from the portal, such as https://contoso.openai.azure.com/
        var client = new ResponsesClient(new ResponsesClientOptions
        {
            BaseAddress = AzureResponsesEndpoint.ForResource(endpoint), // https://contoso.openai.azure.com/openai/v1/
            ApiKey = apiKey, // from a secret store or the environment, never from source code
            ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName, // "api-key"
        });

        // Model: the name of your deployment.
        ModelResponse response = await client.CreateAsync(new CreateResponseRequest { Model = "my-gpt-5-deployment", Input = "Summarise the report." });
        response = await client.PollUntilTerminalAsync(response.Id);
        string answer = response.OutputText;
        // end-snippet

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.False(string.IsNullOrEmpty(answer));
        Assert.Equal("/openai/v1/responses", server.Requests[0].Path);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeySnippet_WithoutTheApiKeyHeader_IsRefused_AsOnAzure()
    {
        // The check above can fail: the same key as Authorization: Bearer is refused.
        await using var server = await StartAzureLikeServer(o =>
        {
            o.ApiKey = ApiKeyForTests;
            o.ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName;
        });
        var client = new ResponsesClient(new ResponsesClientOptions { BaseAddress = AzureResponsesEndpoint.ForResource(new Uri(server.BaseAddress, "/")), ApiKey = ApiKeyForTests });

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "my-gpt-5-deployment", Input = "Hi" }));

        Assert.Equal(401, error.Status);
        Assert.DoesNotContain(ApiKeyForTests, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CredentialSnippet_Compiles()
    {
        // Compiled so the page cannot rot; never called, since DefaultAzureCredential would reach Azure.
        Func<TokenCredential> snippet = Credential;
        Assert.NotNull(snippet);

        static TokenCredential Credential()
        {
            // begin-snippet: azure-credential
            // On Azure: the app's managed identity. On a laptop: your Azure CLI, Visual Studio or azd sign-in.
            TokenCredential credential = new DefaultAzureCredential();
            // end-snippet
            return credential;
        }
    }

    [Fact]
    public async Task KeylessSnippet_SignsInWithTheCredentialsTokens()
    {
        TokenCredential credential = new FakeTokenCredential();
        var fake = (FakeTokenCredential)credential;
        await using var server = await StartAzureLikeServer(o => o.BearerTokenValidator = token => fake.Issued.Any(t => t.Token == token && t.ExpiresOn > DateTimeOffset.UtcNow));
        var endpoint = new Uri(server.BaseAddress, "/");

        // begin-snippet: azure-keyless
        var client = new ResponsesClient(new ResponsesClientOptions
        {
            BaseAddress = AzureResponsesEndpoint.ForResource(endpoint),
        }.UseTokenCredential(credential)); // tokens for https://cognitiveservices.azure.com/.default

        ModelResponse response = await client.CreateAsync(new CreateResponseRequest { Model = "my-gpt-5-deployment", Input = "Summarise the report." });
        response = await client.PollUntilTerminalAsync(response.Id);
        // end-snippet

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(1, fake.Calls);
        Assert.Equal([ResponsesClientOptionsAzureExtensions.DefaultScope], Assert.Single(fake.Contexts).Scopes);
        Assert.True(server.Requests.Count >= 2);
    }

    [Fact]
    public async Task KeylessSnippet_WithARefusedToken_FailsWith401()
    {
        // The validator above can fail: a server that accepts no token refuses the create, and it is not repeated.
        var credential = new FakeTokenCredential();
        await using var server = await StartAzureLikeServer(o => o.BearerTokenValidator = _ => false);
        var client = new ResponsesClient(new ResponsesClientOptions { BaseAddress = AzureResponsesEndpoint.ForResource(new Uri(server.BaseAddress, "/")) }.UseTokenCredential(credential));

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "my-gpt-5-deployment", Input = "Hi" }));

        Assert.Equal(401, error.Status);
        Assert.Single(server.Requests);
        Assert.DoesNotContain("token-1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DependencyInjectionSnippet_ResolvesASignedInClient_ThatStreams()
    {
        TokenCredential credential = new FakeTokenCredential();
        var fake = (FakeTokenCredential)credential;
        await using var server = await StartAzureLikeServer(o => o.BearerTokenValidator = token => fake.Issued.Any(t => t.Token == token));
        var endpoint = new Uri(server.BaseAddress, "/");
        var services = new ServiceCollection();

        // begin-snippet: azure-di
        services.AddSingleton<TokenCredential>(credential); // one credential for all of the app's Azure clients
        services.AddAzureResponsesClient(endpoint, options => options.Streaming.IdleTimeout = TimeSpan.FromMinutes(5));
        // end-snippet

        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<ResponsesClient>();
        var events = 0;
        ResponseCompletedEvent? completed = null;
        await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "my-gpt-5-deployment", Input = "Hi" }))
        {
            events++;
            completed = e as ResponseCompletedEvent ?? completed;
        }

        Assert.NotNull(completed);
        Assert.True(events > 3);
        Assert.Equal(server.BaseAddress, client.BaseAddress);
        Assert.Equal(1, fake.Calls);
    }

    private static Task<FakeResponsesServer> StartAzureLikeServer(Action<FakeResponsesServerOptions> configure)
    {
        var options = new FakeResponsesServerOptions { PathBase = "/openai/v1", EventDelay = TimeSpan.FromMilliseconds(2), QueuedDuration = TimeSpan.FromMilliseconds(5) };
        configure(options);
        return FakeResponsesServer.StartAsync(options);
    }
}
