using Azure.Core;

namespace BackgroundResponses.Azure;

/// <summary>
/// Signs a <see cref="ResponsesClient"/> in with Microsoft Entra ID through any <see cref="TokenCredential"/>
/// (<c>DefaultAzureCredential</c>, <c>ManagedIdentityCredential</c>, …): keyless sign-in to Azure OpenAI and Microsoft Foundry.
/// </summary>
public static class ResponsesClientOptionsAzureExtensions
{
    /// <summary>
    /// The scope tokens are asked for by default, <c>https://cognitiveservices.azure.com/.default</c>: the one Azure OpenAI
    /// and Microsoft Foundry resources accept.
    /// </summary>
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>
    /// Sets <see cref="ResponsesClientOptions.BearerTokenProvider"/> to tokens from <paramref name="credential"/> for
    /// <paramref name="scope"/>. The client keeps each token until shortly before it expires and asks once for many
    /// concurrent requests, so the credential is called about once an hour, not once per poll.
    /// </summary>
    /// <param name="options">The options to sign in with.</param>
    /// <param name="credential">Where tokens come from, for example <c>new DefaultAzureCredential()</c>.</param>
    /// <param name="scope">The scope to ask for; <see langword="null"/> for <see cref="DefaultScope"/>.</param>
    /// <returns><paramref name="options"/>, to go on configuring them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="credential"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="scope"/> is empty or white space.</exception>
    /// <remarks>
    /// Nothing else is changed: an <see cref="ResponsesClientOptions.ApiKey"/> set as well is not cleared, and the client's
    /// validation reports the two credentials. A credential that fails (say <c>CredentialUnavailableException</c>) makes the
    /// call throw <see cref="ResponsesAuthenticationException"/> with the credential's error inside, before anything is sent.
    /// </remarks>
    public static ResponsesClientOptions UseTokenCredential(this ResponsesClientOptions options, TokenCredential credential, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credential);
        if (scope is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        }

        options.BearerTokenProvider = new TokenCredentialBridge(credential, scope ?? DefaultScope).GetTokenAsync;
        return options;
    }
}
