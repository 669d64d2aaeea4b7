using BackgroundResponses.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers what <c>MapResponsesWebhooks</c> needs: <see cref="ResponsesWebhookOptions"/> (bound from configuration,
/// validated when the host starts) and an <c>IDistributedCache</c> for redelivered events.
/// </summary>
/// <remarks>
/// In the <c>Microsoft.Extensions.DependencyInjection</c> namespace, like <c>AddResponsesClient</c> and ASP.NET Core's
/// own <c>Add…</c> methods, so that it is found where services are registered without another <c>using</c>.
/// </remarks>
public static class ResponsesWebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook endpoint's services, with its options bound from the <c>OpenAI:Webhooks</c> section of
    /// the application's configuration and validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The secret is read from <c>OpenAI:Webhooks:Secret</c> (or the <c>Secrets</c> array, for rotation), else from the
    /// <c>OPENAI_WEBHOOK_SECRET</c> configuration key or environment variable. Redeliveries are recognised through the
    /// registered <c>IDistributedCache</c>; when there is none, an in-memory one is added, which is right for a single
    /// instance. A fleet registers a shared cache (Redis, SQL Server) before or after this call. A delivery id is
    /// recorded only after the handler returned; <c>IDistributedCache</c> has no atomic add, so two deliveries of one id
    /// arriving together on two instances can both run the handler: keep handlers idempotent.
    /// </remarks>
    public static IServiceCollection AddResponsesWebhooks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return AddCore(services, section: null);
    }

    /// <summary>
    /// Registers the webhook endpoint's services, with its options bound from the <c>OpenAI:Webhooks</c> section of the
    /// application's configuration, then set by <paramref name="configure"/>, and validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; runs after the configuration section is bound, so it wins.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <remarks>See <see cref="AddResponsesWebhooks(IServiceCollection)"/> for where the secret comes from and the cache.</remarks>
    public static IServiceCollection AddResponsesWebhooks(this IServiceCollection services, Action<ResponsesWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services, section: null);
        services.AddOptions<ResponsesWebhookOptions>().Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the webhook endpoint's services, with its options bound from <paramref name="configuration"/> instead
    /// of the <c>OpenAI:Webhooks</c> section, and validated when the host starts.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>Secret</c>, <c>Secrets</c>, <c>Tolerance</c>, <c>MaxBodyBytes</c>, <c>DeduplicationWindow</c> and <c>CacheKeyPrefix</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// When the section sets no secret, the <c>OPENAI_WEBHOOK_SECRET</c> key of the application's configuration, else
    /// the environment variable, is used. The binding is source-generated, so it is safe under trimming and native AOT.
    /// </remarks>
    public static IServiceCollection AddResponsesWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services, configuration);
    }

    private static IServiceCollection AddCore(IServiceCollection services, IConfiguration? section)
    {
        var options = services.AddOptions<ResponsesWebhookOptions>();
        if (section is not null)
        {
            options.Bind(section);
        }

        if (services.Any(descriptor => descriptor.ServiceType == typeof(ResponsesWebhookEndpoint)))
        {
            // Calling again adds configuration; the defaults below are registered once.
            return services;
        }

        if (section is null)
        {
            // Bound from the application's configuration when there is one (a host always has it; a bare
            // ServiceCollection in a test may not), so the section name works without passing IConfiguration around.
            services.AddSingleton<IConfigureOptions<ResponsesWebhookOptions>, BindDefaultSection>();
        }

        services.AddSingleton<IPostConfigureOptions<ResponsesWebhookOptions>, SecretFallback>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResponsesWebhookOptions>, ResponsesWebhookOptionsValidator>());
        options.ValidateOnStart();

        // TryAdd: a cache registered before wins; Redis and SQL Server registrations made after use Add, and the last
        // registration of a service is the one resolved, so they win too.
        services.AddDistributedMemoryCache();
        services.AddSingleton<ResponsesWebhookEndpoint>();
        return services;
    }

    /// <summary>Binds <c>OpenAI:Webhooks</c> of the registered configuration, if any.</summary>
    private sealed class BindDefaultSection(IServiceProvider provider) : IConfigureOptions<ResponsesWebhookOptions>
    {
        public void Configure(ResponsesWebhookOptions options)
        {
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                configuration.GetSection(ResponsesWebhookOptions.DefaultConfigurationSection).Bind(options);
            }
        }
    }

    /// <summary>
    /// When no secret is set, reads <c>OPENAI_WEBHOOK_SECRET</c> from the application's configuration (which holds the
    /// environment variables in a default host), else from the environment itself.
    /// </summary>
    private sealed class SecretFallback(IServiceProvider provider) : IPostConfigureOptions<ResponsesWebhookOptions>
    {
        public void PostConfigure(string? name, ResponsesWebhookOptions options)
        {
            if (options.GetAllSecrets().Count > 0)
            {
                return;
            }

            var secret = provider.GetService<IConfiguration>()?[ResponsesWebhookOptions.SecretEnvironmentVariable];
            if (string.IsNullOrWhiteSpace(secret))
            {
                secret = Environment.GetEnvironmentVariable(ResponsesWebhookOptions.SecretEnvironmentVariable);
            }

            if (!string.IsNullOrWhiteSpace(secret))
            {
                options.Secret = secret;
            }
        }
    }
}
