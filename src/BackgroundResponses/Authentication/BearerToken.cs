namespace BackgroundResponses;

/// <summary>
/// An access token for <c>Authorization: Bearer …</c> and when it stops being valid, as returned by
/// <see cref="ResponsesClientOptions.BearerTokenProvider"/> (for example from Microsoft Entra ID for Azure OpenAI).
/// </summary>
public sealed class BearerToken
{
    /// <summary>Initializes a new instance of the <see cref="BearerToken"/> class.</summary>
    /// <param name="token">The token, sent after <c>Bearer </c>.</param>
    /// <param name="expiresOn">When the token expires; the client fetches a new one shortly before.</param>
    /// <param name="refreshOn">
    /// When the issuer suggests fetching a new token (Azure.Core's <c>AccessToken.RefreshOn</c>), if earlier than the client
    /// would; <see langword="null"/> to let the client decide (five minutes before expiry).
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="token"/> is null, empty or white space.</exception>
    public BearerToken(string token, DateTimeOffset expiresOn, DateTimeOffset? refreshOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        Token = token;
        ExpiresOn = expiresOn;
        RefreshOn = refreshOn;
    }

    /// <summary>Gets the token, sent after <c>Bearer </c>. It never appears in logs, exception messages or <see cref="ToString"/>.</summary>
    public string Token { get; }

    /// <summary>Gets when the token expires.</summary>
    public DateTimeOffset ExpiresOn { get; }

    /// <summary>Gets when the issuer suggests fetching a new token, if it said; the client replaces the token then at the latest.</summary>
    public DateTimeOffset? RefreshOn { get; }

    /// <summary>Returns the expiry with the token itself redacted.</summary>
    /// <returns>For example <c>BearerToken { ExpiresOn = 2026-11-30T18:00:00+00:00, Token = *** }</c>.</returns>
    public override string ToString() => $"BearerToken {{ ExpiresOn = {ExpiresOn:O}, Token = *** }}";
}
