using BackgroundResponses;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ResponsesClient"/> with <c>IHttpClientFactory</c>, its options and their validation.</summary>
public static class ResponsesClientServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> behind <see cref="ResponsesClient"/> (the typed client's name).</summary>
    private const string HttpClientName = nameof(ResponsesClient);

    /// <summary>
    /// Registers <see cref="ResponsesClient"/> as a typed HTTP client configured by <paramref name="configure"/>,
    /// with its options validated when the host starts and the SDK's resilience handler in its pipeline.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (key, base address, retries, streaming).</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure it further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The client is transient, like every typed client: inject it where it is used rather than keeping it in a
    /// singleton, so that <c>IHttpClientFactory</c> can rotate handlers. Calling this again adds configuration,
    /// never a second resilience handler.
    /// </remarks>
    public static IHttpClientBuilder AddResponsesClient(this IServiceCollection services, Action<ResponsesClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ResponsesClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="ResponsesClient"/> as a typed HTTP client whose options are bound from
    /// <paramref name="configuration"/> (for example <c>configuration.GetSection("OpenAI")</c>), validated when
    /// the host starts, with the SDK's resilience handler in its pipeline.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <c>ApiKey</c>, <c>BaseAddress</c>, <c>Retry</c>, <c>Streaming</c> and the other options.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure it further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configuration"/> is <see langword="null"/>.</exception>
    /// <remarks>The binding is source-generated, so it is safe under trimming and native AOT.</remarks>
    public static IHttpClientBuilder AddResponsesClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ResponsesClientOptions>().Bind(configuration);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<ResponsesClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ResponsesClientOptions>, ResponsesClientOptionsValidator>());

        if (services.Any(descriptor => descriptor.ServiceType == typeof(Registered)))
        {
            // Builder configuration is additive: a second registration would stack a second resilience handler.
            return services.AddHttpClient(HttpClientName);
        }

        services.AddSingleton<Registered>();
        return services
            .AddHttpClient(HttpClientName)
            .AddTypedClient((httpClient, provider) => new ResponsesClient(
                httpClient,
                provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value,
                provider.GetService<ILoggerFactory>(),
                provider.GetService<TimeProvider>()))

            // Event streams stay open for minutes; per-attempt limits are the handler's (NetworkTimeout).
            .ConfigureHttpClient(httpClient => httpClient.Timeout = Timeout.InfiniteTimeSpan)

            // The factory's own loggers put raw header values (the Bearer key) in the structured state of their Trace
            // records, even where the message is redacted; the SDK logs each request itself, without headers.
            // Redaction stays for callers who add a logger back with AddDefaultLogger().
            .RemoveAllLoggers()
            .RedactLoggedHeaders(IsSensitiveHeader)
            .AddHttpMessageHandler(provider => CreateResilienceHandler(provider.GetRequiredService<IOptions<ResponsesClientOptions>>().Value, provider));
    }

    private static ResponsesResilienceHandler CreateResilienceHandler(ResponsesClientOptions options, IServiceProvider provider) =>
        new(options.Retry, options.NetworkTimeout, provider.GetService<TimeProvider>(), provider.GetService<ILoggerFactory>());

    private static bool IsSensitiveHeader(string name) =>
        name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Cookie", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Key", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Token", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marks a collection where the client is registered already.</summary>
    private sealed class Registered;
}
