using System.Runtime.CompilerServices;

namespace BackgroundResponses;

/// <summary>How requests prove who sends them: an API key in a header, or bearer tokens from a provider.</summary>
internal abstract class RequestCredential
{
    // One cache per provider: clients built from the same options (DI hands out a new, transient client per resolution)
    // share their tokens instead of each fetching its own. Weak, so a provider dropped by the app takes its cache along.
    private static readonly ConditionalWeakTable<Func<CancellationToken, ValueTask<BearerToken>>, BearerTokenCache> Caches = new();

    /// <summary>Creates the credential the options describe, or <see langword="null"/> when they describe none.</summary>
    public static RequestCredential? From(ResponsesClientOptions options, TimeProvider timeProvider)
    {
        if (options.BearerTokenProvider is { } provider)
        {
            // A client on another clock (a test's fake time) gets a cache of its own, so its tokens age on its own clock.
            var cache = Caches.GetValue(provider, p => new BearerTokenCache(p, timeProvider));
            return new BearerTokenCredential(ReferenceEquals(cache.TimeProvider, timeProvider) ? cache : new BearerTokenCache(provider, timeProvider));
        }

        return options.ResolveApiKey() is { } key ? new ApiKeyCredential(key, options.ApiKeyHeaderName) : null;
    }

    /// <summary>An API key sent as <c>Authorization: Bearer …</c>, or as it is in the header <paramref name="headerName"/>.</summary>
    public static RequestCredential ForApiKey(string key, string? headerName) => new ApiKeyCredential(key, headerName);

    /// <summary>Adds what needs no waiting when the request is built (a key); a token is added by <see cref="AuthorizeAsync"/>.</summary>
    public abstract void AddHeaders(HttpRequestMessage request);

    /// <summary>Adds the current bearer token before the request is sent; returns it, so a 401 can say which token failed.</summary>
    public abstract ValueTask<string?> AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>After a 401 to <paramref name="failedToken"/>: drops it so the next request fetches a new one; false if nothing can change.</summary>
    public abstract bool Invalidate(string? failedToken);

    /// <summary>A likely cause of a 401 from <paramref name="uri"/> that the client can tell, or <see langword="null"/>.</summary>
    public virtual string? HintForUnauthorized(Uri uri) => null;

    /// <summary>Replaces the secret in <paramref name="text"/> (an error body that echoes it, say) with <paramref name="replacement"/>.</summary>
    public abstract string Redact(string text, string replacement);

    private sealed class ApiKeyCredential(string key, string? headerName) : RequestCredential
    {
        // Built once: every poll and every stream sends it.
        private readonly string _headerName = headerName ?? "Authorization";
        private readonly string _value = headerName is null ? "Bearer " + key : key;

        public override void AddHeaders(HttpRequestMessage request) => request.Headers.TryAddWithoutValidation(_headerName, _value);

        public override ValueTask<string?> AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

        public override bool Invalidate(string? failedToken) => false;

        public override string Redact(string text, string replacement) => text.Replace(key, replacement, StringComparison.Ordinal);

        // Azure OpenAI refuses a key sent as Bearer with the same 401 as a wrong key: the likeliest mistake is worth naming.
        public override string? HintForUnauthorized(Uri uri) =>
            headerName is null && (uri.Host.EndsWith(".openai.azure.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".services.ai.azure.com", StringComparison.OrdinalIgnoreCase))
                ? $"(The key was sent as Authorization: Bearer; Azure OpenAI takes it in the api-key header: set {nameof(ResponsesClientOptions.ApiKeyHeaderName)} = \"api-key\".)"
                : null;
    }

    private sealed class BearerTokenCredential(BearerTokenCache cache) : RequestCredential
    {
        public override void AddHeaders(HttpRequestMessage request)
        {
        }

        public override async ValueTask<string?> AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = await cache.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Remove("Authorization");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            return token;
        }

        public override bool Invalidate(string? failedToken) => cache.Invalidate(failedToken);

        public override string Redact(string text, string replacement) =>
            cache.LastToken is { Length: > 0 } token ? text.Replace(token, replacement, StringComparison.Ordinal) : text;
    }
}
