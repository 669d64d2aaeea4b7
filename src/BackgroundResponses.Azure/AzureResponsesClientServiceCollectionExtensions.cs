using Azure.Core;
using BackgroundResponses;
using BackgroundResponses.Azure;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="ResponsesClient"/> for Azure OpenAI or Microsoft Foundry, signed in with Microsoft Entra ID.</summary>
public static class AzureResponsesClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ResponsesClient"/> (as <c>AddResponsesClient</c> does) for the resource at <paramref name="endpoint"/>,
    /// signed in with tokens from <paramref name="credential"/> for <see cref="ResponsesClientOptionsAzureExtensions.DefaultScope"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="endpoint">The resource's endpoint, such as <c>https://contoso.openai.azure.com/</c>; see <see cref="AzureResponsesEndpoint.ForResource"/>.</param>
    /// <param name="credential">Where tokens come from, for example <c>new DefaultAzureCredential()</c>.</param>
    /// <param name="configure">Sets further options (retries, streaming) after the address and the credential; <see langword="null"/> for none.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure it further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="endpoint"/> or <paramref name="credential"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an Azure OpenAI endpoint (see <see cref="AzureResponsesEndpoint.ForResource"/>).</exception>
    /// <remarks>The options are validated when the host starts: setting an <see cref="ResponsesClientOptions.ApiKey"/> in <paramref name="configure"/> as well is reported there.</remarks>
    public static IHttpClientBuilder AddAzureResponsesClient(this IServiceCollection services, Uri endpoint, TokenCredential credential, Action<ResponsesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credential);
        var baseAddress = AzureResponsesEndpoint.ForResource(endpoint);
        return services.AddResponsesClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.UseTokenCredential(credential);
            configure?.Invoke(options);
        });
    }

    /// <summary>
    /// Registers <see cref="ResponsesClient"/> (as <c>AddResponsesClient</c> does) for the resource at <paramref name="endpoint"/>,
    /// signed in with the <see cref="TokenCredential"/> the application registered in the container (for example
    /// <c>services.AddSingleton&lt;TokenCredential&gt;(new DefaultAzureCredential())</c>), for <see cref="ResponsesClientOptionsAzureExtensions.DefaultScope"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="endpoint">The resource's endpoint, such as <c>https://contoso.openai.azure.com/</c>; see <see cref="AzureResponsesEndpoint.ForResource"/>.</param>
    /// <param name="configure">Sets further options after the address and the credential; <see langword="null"/> for none.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or configure it further.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="endpoint"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an Azure OpenAI endpoint (see <see cref="AzureResponsesEndpoint.ForResource"/>).</exception>
    /// <remarks>
    /// The credential is resolved when the options are first built (at the latest when the host starts); if none is
    /// registered, that throws an <see cref="InvalidOperationException"/> saying how to register one.
    /// </remarks>
    public static IHttpClientBuilder AddAzureResponsesClient(this IServiceCollection services, Uri endpoint, Action<ResponsesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var baseAddress = AzureResponsesEndpoint.ForResource(endpoint);

        // Registered before the caller's configure, which therefore sees (and may replace) the address and the credential.
        services.AddOptions<ResponsesClientOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            var credential = provider.GetService<TokenCredential>()
                ?? throw new InvalidOperationException(
                    $"{nameof(AddAzureResponsesClient)}(endpoint) signs in with the {nameof(TokenCredential)} registered in the container, and none is: " +
                    $"register one (services.AddSingleton<{nameof(TokenCredential)}>(new DefaultAzureCredential())) or pass it to {nameof(AddAzureResponsesClient)}(endpoint, credential).");
            options.BaseAddress = baseAddress;
            options.UseTokenCredential(credential);
        });
        return services.AddResponsesClient(options => configure?.Invoke(options));
    }
}
