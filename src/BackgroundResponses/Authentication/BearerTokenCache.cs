using System.Diagnostics.CodeAnalysis;

namespace BackgroundResponses;

/// <summary>
/// Keeps the provider's token until shortly before it expires, and makes concurrent callers share one fetch: a thousand
/// polls waking at once ask the identity service once, not a thousand times.
/// </summary>
internal sealed class BearerTokenCache
{
    /// <summary>How long before expiry a token is replaced, at most: Azure.Core's bearer token policy uses the same five minutes.</summary>
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Func<CancellationToken, ValueTask<BearerToken>> _provider;
    private readonly TimeProvider _timeProvider;
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private Cached? _current;
    private Task<Cached>? _fetching;
    private string? _lastToken;

    public BearerTokenCache(Func<CancellationToken, ValueTask<BearerToken>> provider, TimeProvider timeProvider)
    {
        _provider = provider;
        _timeProvider = timeProvider;
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var now = _timeProvider.GetUtcNow();
        var current = Volatile.Read(ref _current);
        if (current is not null && now < current.RefreshAt)
        {
            return current.Token.Token;
        }

        Task<Cached> fetch;
        lock (_gate)
        {
            current = _current;
            if (current is not null && now < current.RefreshAt)
            {
                return current.Token.Token;
            }

            fetch = _fetching ??= FetchAsync();
        }

        try
        {
            return (await fetch.WaitAsync(cancellationToken).ConfigureAwait(false)).Token.Token;
        }
        catch (ResponsesAuthenticationException) when (current is not null && _timeProvider.GetUtcNow() < current.Token.ExpiresOn)
        {
            // The early refresh failed but the token still works: use it; the next request tries the provider again.
            return current.Token.Token;
        }
    }

    /// <summary>Gets the clock the tokens' expiry is read on.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Gets the token most recently handed out, to keep it out of error messages.</summary>
    public string? LastToken => Volatile.Read(ref _lastToken);

    /// <summary>Forgets <paramref name="failedToken"/> if it is still the current one (another caller may have replaced it already).</summary>
    public bool Invalidate(string? failedToken)
    {
        lock (_gate)
        {
            if (failedToken is null || _current?.Token.Token != failedToken)
            {
                // Either no token was sent, or a newer one is already here: the retry will use it.
                return failedToken is not null;
            }

            _current = null;
            return true;
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Any failure of the caller's provider becomes the typed authentication error, with the original inside.")]
    private async Task<Cached> FetchAsync()
    {
        // Yield first, so the fetch never runs inside the lock that published it.
        await Task.Yield();
        try
        {
            BearerToken? token;
            try
            {
                // Not the caller's token: this fetch serves every caller waiting for it, and one of them leaving must not fail the rest.
                token = await _provider(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                throw new ResponsesAuthenticationException(
                    $"Getting a bearer token failed: the {nameof(ResponsesClientOptions.BearerTokenProvider)} threw {ex.GetType().Name}: {ex.Message} The request was not sent.", ex);
            }

            var now = _timeProvider.GetUtcNow();
            if (token is null)
            {
                throw new ResponsesAuthenticationException($"The {nameof(ResponsesClientOptions.BearerTokenProvider)} returned no token. The request was not sent.");
            }

            if (token.ExpiresOn <= now)
            {
                throw new ResponsesAuthenticationException(
                    $"The {nameof(ResponsesClientOptions.BearerTokenProvider)} returned a token that expired at {token.ExpiresOn:O} (now {now:O}). The request was not sent.");
            }

            // Five minutes early, or halfway through a token that lives less than ten minutes.
            var lifetime = token.ExpiresOn - now;
            var margin = lifetime < RefreshMargin + RefreshMargin ? lifetime / 2 : RefreshMargin;
            var refreshAt = token.ExpiresOn - margin;
            if (token.RefreshOn is { } suggested && suggested < refreshAt)
            {
                refreshAt = suggested;
            }

            var cached = new Cached(token, refreshAt);
            lock (_gate)
            {
                _current = cached;
                _lastToken = token.Token;
            }

            return cached;
        }
        finally
        {
            lock (_gate)
            {
                _fetching = null;
            }
        }
    }

    private sealed record Cached(BearerToken Token, DateTimeOffset RefreshAt);
}
