namespace BackgroundResponses.Azure;

/// <summary>
/// The base address of the Azure OpenAI v1 API (<c>https://{resource}.openai.azure.com/openai/v1/</c>) from the endpoint
/// the Azure portal or Microsoft Foundry shows for a resource.
/// </summary>
public static class AzureResponsesEndpoint
{
    private const string ApiPath = "openai/v1/";
    private const string FoundryHostSuffix = ".services.ai.azure.com";
    private const string OpenAIHostSuffix = ".openai.azure.com";

    /// <summary>
    /// Returns the v1 API root for a resource endpoint, to use as <see cref="ResponsesClientOptions.BaseAddress"/>:
    /// <c>https://contoso.openai.azure.com/</c>, <c>https://contoso.openai.azure.com/openai/v1</c> and
    /// <c>https://contoso.services.ai.azure.com/</c> all give <c>https://contoso.openai.azure.com/openai/v1/</c>.
    /// </summary>
    /// <param name="endpoint">
    /// The resource's endpoint, with or without the <c>/openai/v1</c> path. Other hosts (a custom domain, an API gateway)
    /// keep their host and any path ending in <c>/openai/v1</c>.
    /// </param>
    /// <returns>The absolute API root, ending with <c>/openai/v1/</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="endpoint"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="endpoint"/> is relative, not https (http is allowed for loopback addresses, as tests use), has a query,
    /// fragment or user information, or has a path that is neither empty nor ends with <c>/openai</c> or <c>/openai/v1</c>
    /// (a Foundry project path, <c>/api/projects/…</c>, is dropped: the v1 API belongs to the resource).
    /// </exception>
    public static Uri ForResource(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint must be an absolute address such as https://contoso.openai.azure.com/.", nameof(endpoint));
        }

        if (endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && endpoint.IsLoopback))
        {
            throw new ArgumentException("The endpoint must use https (http only on a loopback address, for local tests).", nameof(endpoint));
        }

        // Not echoed: a query or user information may hold a key.
        if (endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0 || endpoint.UserInfo.Length > 0)
        {
            throw new ArgumentException("The endpoint must have no query, fragment or user information; the key goes in ResponsesClientOptions.ApiKey.", nameof(endpoint));
        }

        var host = endpoint.Host;
        var path = endpoint.AbsolutePath.TrimEnd('/');
        if (host.EndsWith(FoundryHostSuffix, StringComparison.OrdinalIgnoreCase))
        {
            // A Foundry (AI Services) resource serves the OpenAI v1 API under its openai.azure.com name too.
            host = host[..^FoundryHostSuffix.Length] + OpenAIHostSuffix;
            if (path.StartsWith("/api/projects/", StringComparison.OrdinalIgnoreCase) || path.Equals("/api/projects", StringComparison.OrdinalIgnoreCase))
            {
                path = string.Empty;
            }
        }

        if (path.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"openai/v1".Length];
        }
        else if (path.EndsWith("/openai", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^"openai".Length];
        }
        else if (path.Length == 0)
        {
            path = "/";
        }
        else
        {
            throw new ArgumentException(
                $"The endpoint's path '{path}' is not an Azure OpenAI one: give the resource's endpoint (https://contoso.openai.azure.com/) or set ResponsesClientOptions.BaseAddress directly.",
                nameof(endpoint));
        }

        var builder = new UriBuilder(endpoint.Scheme, host, endpoint.IsDefaultPort ? -1 : endpoint.Port, path + ApiPath);
        return builder.Uri;
    }
}
