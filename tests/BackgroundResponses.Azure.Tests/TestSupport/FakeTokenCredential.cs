using Azure.Core;

namespace BackgroundResponses.Azure.Tests.TestSupport;

/// <summary>
/// A <see cref="TokenCredential"/> that hands out <c>token-1</c>, <c>token-2</c>, … each valid for <see cref="Lifetime"/>
/// from the clock's now, counting calls and recording the contexts; or throws <see cref="Failure"/>.
/// </summary>
public sealed class FakeTokenCredential(TimeProvider? clock = null) : TokenCredential
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly List<TokenRequestContext> _contexts = [];
    private readonly List<AccessToken> _issued = [];
    private int _calls;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long each call takes (real time), so that concurrent callers overlap.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Gets or sets after how long the issued tokens suggest a refresh (Azure.Core's RefreshOn); null for none.</summary>
    public TimeSpan? RefreshAfter { get; set; }

    public Exception? Failure { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<TokenRequestContext> Contexts
    {
        get
        {
            lock (_contexts)
            {
                return [.. _contexts];
            }
        }
    }

    public IReadOnlyList<AccessToken> Issued
    {
        get
        {
            lock (_contexts)
            {
                return [.. _issued];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The client must ask asynchronously.");

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        lock (_contexts)
        {
            _contexts.Add(requestContext);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        var now = _clock.GetUtcNow();
        var token = RefreshAfter is { } refreshAfter
            ? new AccessToken($"token-{call}", now + Lifetime, now + refreshAfter)
            : new AccessToken($"token-{call}", now + Lifetime);
        lock (_contexts)
        {
            _issued.Add(token);
        }

        return token;
    }
}
