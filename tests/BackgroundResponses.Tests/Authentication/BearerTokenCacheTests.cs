using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Authentication;

public class BearerTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ConcurrentCallers_ShareOneFetch()
    {
        var time = new FakeTimeProvider(Start);
        var release = new TaskCompletionSource();
        var calls = 0;
        var cache = new BearerTokenCache(
            async _ =>
            {
                Interlocked.Increment(ref calls);
                await release.Task;
                return new BearerToken("t1", Start.AddHours(1));
            },
            time);

        var callers = Enumerable.Range(0, 100).Select(_ => cache.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref calls) == 1);
        release.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("t1", t));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task AToken_IsReusedUntilFiveMinutesBeforeItExpires_ThenReplaced()
    {
        var time = new FakeTimeProvider(Start);
        var issued = 0;
        var cache = new BearerTokenCache(_ => ValueTask.FromResult(new BearerToken($"t{++issued}", time.GetUtcNow().AddHours(1))), time);

        Assert.Equal("t1", await cache.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("t1", await cache.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, issued);
    }

    [Fact]
    public async Task TheIssuersRefreshTime_IsHonouredWhenEarlier()
    {
        var time = new FakeTimeProvider(Start);
        var issued = 0;
        var cache = new BearerTokenCache(_ => ValueTask.FromResult(new BearerToken($"t{++issued}", time.GetUtcNow().AddHours(1), time.GetUtcNow().AddMinutes(30))), time);

        await cache.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("t1", await cache.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AShortLivedToken_IsReplacedHalfwayThroughItsLife()
    {
        var time = new FakeTimeProvider(Start);
        var issued = 0;
        var cache = new BearerTokenCache(_ => ValueTask.FromResult(new BearerToken($"t{++issued}", time.GetUtcNow().AddMinutes(4))), time);

        await cache.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(1.9));
        Assert.Equal("t1", await cache.GetTokenAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AFailingProvider_GivesATypedErrorNamingTheCause_AndIsAskedAgainNextTime()
    {
        var time = new FakeTimeProvider(Start);
        var calls = 0;
        var cache = new BearerTokenCache(
            _ => ++calls == 1 ? throw new InvalidOperationException("ManagedIdentityCredential authentication unavailable.") : ValueTask.FromResult(new BearerToken("t2", Start.AddHours(1))),
            time);

        var error = await Assert.ThrowsAsync<ResponsesAuthenticationException>(() => cache.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("InvalidOperationException", error.Message, StringComparison.Ordinal);
        Assert.Contains("ManagedIdentityCredential authentication unavailable.", error.Message, StringComparison.Ordinal);
        Assert.Contains("not sent", error.Message, StringComparison.Ordinal);
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AFailedEarlyRefresh_KeepsUsingTheTokenThatStillWorks()
    {
        var time = new FakeTimeProvider(Start);
        var calls = 0;
        var cache = new BearerTokenCache(
            _ => ++calls == 1 ? ValueTask.FromResult(new BearerToken("t1", Start.AddHours(1))) : throw new TimeoutException("identity endpoint timed out"),
            time);
        await cache.GetTokenAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(57));
        Assert.Equal("t1", await cache.GetTokenAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromMinutes(3));
        await Assert.ThrowsAsync<ResponsesAuthenticationException>(() => cache.GetTokenAsync(CancellationToken.None).AsTask());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ATokenThatExpiredAlready_OrNoToken_IsATypedError(bool expired)
    {
        var time = new FakeTimeProvider(Start);
        var cache = new BearerTokenCache(_ => ValueTask.FromResult(expired ? new BearerToken("old", Start.AddSeconds(-1)) : null!), time);

        var error = await Assert.ThrowsAsync<ResponsesAuthenticationException>(() => cache.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Contains(expired ? "expired" : "no token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("old", error.Message.Replace("token", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalidate_DropsOnlyTheTokenThatFailed()
    {
        var time = new FakeTimeProvider(Start);
        var issued = 0;
        var cache = new BearerTokenCache(_ => ValueTask.FromResult(new BearerToken($"t{++issued}", Start.AddHours(1))), time);
        await cache.GetTokenAsync(CancellationToken.None);

        Assert.True(cache.Invalidate("t1"));
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));

        // A late 401 to the old token must not throw away the new one.
        Assert.True(cache.Invalidate("t1"));
        Assert.Equal("t2", await cache.GetTokenAsync(CancellationToken.None));
        Assert.False(cache.Invalidate(null));
        Assert.Equal(2, issued);
    }

    [Fact]
    public async Task OneCallerLeaving_DoesNotFailTheFetchTheOthersWaitFor()
    {
        var time = new FakeTimeProvider(Start);
        var release = new TaskCompletionSource();
        CancellationToken seen = default;
        var cache = new BearerTokenCache(
            async token =>
            {
                seen = token;
                await release.Task;
                return new BearerToken("t1", Start.AddHours(1));
            },
            time);
        using var leaving = new CancellationTokenSource();

        var first = cache.GetTokenAsync(leaving.Token).AsTask();
        var second = cache.GetTokenAsync(CancellationToken.None).AsTask();
        await leaving.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("t1", await second);
        Assert.False(seen.CanBeCanceled);
    }

    [Fact]
    public void BearerToken_ToString_HidesTheToken()
    {
        var token = new BearerToken("eyJ-secret-token", Start);

        Assert.DoesNotContain("eyJ-secret-token", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("2026-11-30T12:00:00", token.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new BearerToken(" ", Start));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(5);
        }
    }
}
