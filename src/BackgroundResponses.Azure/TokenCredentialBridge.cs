using Azure.Core;

namespace BackgroundResponses.Azure;

/// <summary>Turns a <see cref="TokenCredential"/> into a <see cref="ResponsesClientOptions.BearerTokenProvider"/> for one scope.</summary>
internal sealed class TokenCredentialBridge
{
    private readonly TokenCredential _credential;
    private readonly string[] _scopes;

    public TokenCredentialBridge(TokenCredential credential, string scope)
    {
        _credential = credential;
        _scopes = [scope];
    }

    /// <summary>Gets the scope tokens are asked for.</summary>
    public string Scope => _scopes[0];

    /// <summary>Asks the credential for a token; the client caches it, so this runs about once per token lifetime.</summary>
    public async ValueTask<BearerToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(new TokenRequestContext(_scopes), cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(token.Token))
        {
            // Said here rather than by BearerToken's argument check, which would only name a parameter.
            throw new InvalidOperationException($"{_credential.GetType().Name} returned an empty access token for the scope {Scope}.");
        }

        return new BearerToken(token.Token, token.ExpiresOn, token.RefreshOn);
    }
}
