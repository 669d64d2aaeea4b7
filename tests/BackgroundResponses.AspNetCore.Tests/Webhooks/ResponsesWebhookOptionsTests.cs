using System.Net;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackgroundResponses.AspNetCore.Tests.Webhooks;

/// <summary>Binding, fallbacks and start-up validation. In one non-parallel collection: some tests set process environment variables.</summary>
[Collection(EnvironmentCollection.Name)]
public class ResponsesWebhookOptionsTests
{
    [Fact]
    public async Task MissingSecret_StopsTheHostFromStarting_WithAMessageNamingEverySource()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookTestApp.StartAsync(
            builder => builder.Services.AddResponsesWebhooks(),
            addWebhooks: false));

        Assert.Contains("No webhook signing secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("OpenAI:Webhooks", error.Message, StringComparison.Ordinal);
        Assert.Contains("OPENAI_WEBHOOK_SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBadValue_IsReported_AndNoSecretIsQuoted()
    {
        const string NotASecret = "whsec_this is not base64!";
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookTestApp.StartAsync(
            builder => builder.Services.AddResponsesWebhooks(options =>
            {
                options.Secret = WebhookSigner.Secret;
                options.Secrets.Add(NotASecret);
                options.Secrets.Add(" ");
                options.Tolerance = TimeSpan.FromDays(2);
                options.MaxBodyBytes = 0;
                options.DeduplicationWindow = TimeSpan.Zero;
                options.CacheKeyPrefix = string.Empty;
            }),
            addWebhooks: false));

        Assert.Contains("Secrets[0] is not a valid webhook signing secret", error.Message, StringComparison.Ordinal);
        Assert.Contains("Secrets[1] is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tolerance", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxBodyBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("DeduplicationWindow", error.Message, StringComparison.Ordinal);
        Assert.Contains("CacheKeyPrefix", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("this is not base64", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSigner.Secret["whsec_".Length..], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfigurationSection_IsBound()
    {
        await using var app = await WebhookTestApp.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["OpenAI:Webhooks:Secret"] = WebhookSigner.OtherSecret,
                    ["OpenAI:Webhooks:Secrets:0"] = WebhookSigner.Secret,
                    ["OpenAI:Webhooks:Tolerance"] = "00:02:00",
                    ["OpenAI:Webhooks:MaxBodyBytes"] = "4096",
                    ["OpenAI:Webhooks:DeduplicationWindow"] = "7.00:00:00",
                    ["OpenAI:Webhooks:CacheKeyPrefix"] = "shop:openai:",
                });
                builder.Services.AddResponsesWebhooks();
            },
            addWebhooks: false);

        var options = app.App.Services.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;
        Assert.Equal(WebhookSigner.OtherSecret, options.Secret);
        Assert.Equal([WebhookSigner.Secret], options.Secrets);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Tolerance);
        Assert.Equal(4096, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromDays(7), options.DeduplicationWindow);
        Assert.Equal("shop:openai:", options.CacheKeyPrefix);

        // Either secret verifies (rotation); the tolerance is the bound one.
        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var late = await app.Client.SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_late", app.Time.GetUtcNow().AddMinutes(-3), WebhookSigner.CompletedEvent()));
        Assert.Equal(HttpStatusCode.Unauthorized, late.StatusCode);
    }

    [Fact]
    public async Task CodeConfiguration_WinsOverTheSection()
    {
        await using var app = await WebhookTestApp.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["OpenAI:Webhooks:Secret"] = WebhookSigner.OtherSecret,
                    ["OpenAI:Webhooks:MaxBodyBytes"] = "4096",
                });
                builder.Services.AddResponsesWebhooks(options => options.Secret = WebhookSigner.Secret);
            },
            addWebhooks: false);

        var options = app.App.Services.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;
        Assert.Equal(WebhookSigner.Secret, options.Secret);
        Assert.Equal(4096, options.MaxBodyBytes);
    }

    [Fact]
    public async Task AnotherSection_CanBeBound()
    {
        await using var app = await WebhookTestApp.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Hooks:Secret"] = WebhookSigner.Secret,
                    ["Hooks:MaxBodyBytes"] = "2048",
                });
                builder.Services.AddResponsesWebhooks(builder.Configuration.GetSection("Hooks"));
            },
            addWebhooks: false);

        var options = app.App.Services.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;
        Assert.Equal(2048, options.MaxBodyBytes);
        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SecretFallsBackToTheOpenAIWebhookSecretConfigurationKey()
    {
        await using var app = await WebhookTestApp.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["OPENAI_WEBHOOK_SECRET"] = WebhookSigner.Secret });
                builder.Services.AddResponsesWebhooks();
            },
            addWebhooks: false);

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SecretFallsBackToTheEnvironmentVariable_ThroughTheHostConfiguration()
    {
        Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, WebhookSigner.Secret);
        try
        {
            await using var app = await WebhookTestApp.StartAsync(builder => builder.Services.AddResponsesWebhooks(), addWebhooks: false);

            using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, null);
        }
    }

    [Fact]
    public void SecretFallsBackToTheEnvironmentVariable_WithoutAnyConfiguration()
    {
        Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, " " + WebhookSigner.Secret + " ");
        try
        {
            using var provider = new ServiceCollection().AddResponsesWebhooks().BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;

            Assert.Equal([WebhookSigner.Secret], options.GetAllSecrets());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, null);
        }
    }

    [Fact]
    public void ASecretSetAnywhere_IsNotOverriddenByTheEnvironmentVariable()
    {
        Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, WebhookSigner.OtherSecret);
        try
        {
            using var provider = new ServiceCollection().AddResponsesWebhooks(o => o.Secrets.Add(WebhookSigner.Secret)).BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<ResponsesWebhookOptions>>().Value;

            Assert.Null(options.Secret);
            Assert.Equal([WebhookSigner.Secret], options.GetAllSecrets());
        }
        finally
        {
            Environment.SetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable, null);
        }
    }

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new ResponsesWebhookOptions();

        Assert.Null(options.Secret);
        Assert.Empty(options.Secrets);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Tolerance);
        Assert.Equal(256 * 1024, options.MaxBodyBytes);
        Assert.Equal(TimeSpan.FromDays(4), options.DeduplicationWindow);
        Assert.Equal("BackgroundResponses:webhook:", options.CacheKeyPrefix);
    }

    [Fact]
    public void ToString_CountsTheSecretsWithoutShowingThem()
    {
        var options = new ResponsesWebhookOptions { Secret = WebhookSigner.Secret };
        options.Secrets.Add(WebhookSigner.OtherSecret);

        var text = options.ToString();

        Assert.Contains("Secrets = 2 set", text, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", text, StringComparison.Ordinal);
    }

    [Fact]
    public void InMemoryCache_IsTheDefault_AndARegisteredCacheIsKept()
    {
        using var byDefault = new ServiceCollection().AddResponsesWebhooks(o => o.Secret = WebhookSigner.Secret).BuildServiceProvider();
        var shared = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        using var registeredBefore = new ServiceCollection().AddSingleton<IDistributedCache>(shared).AddResponsesWebhooks(o => o.Secret = WebhookSigner.Secret).BuildServiceProvider();
        using var registeredAfter = new ServiceCollection().AddResponsesWebhooks(o => o.Secret = WebhookSigner.Secret).AddSingleton<IDistributedCache>(shared).BuildServiceProvider();

        Assert.IsType<MemoryDistributedCache>(byDefault.GetRequiredService<IDistributedCache>());
        Assert.Same(shared, registeredBefore.GetRequiredService<IDistributedCache>());
        Assert.Same(shared, registeredAfter.GetRequiredService<IDistributedCache>());
    }
}
