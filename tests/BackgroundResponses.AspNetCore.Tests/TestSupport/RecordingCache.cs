using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;

namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>An <see cref="IDistributedCache"/> standing in for Redis: remembers what was set, with its options, and can be made to fail.</summary>
public sealed class RecordingCache : IDistributedCache
{
    public ConcurrentDictionary<string, (byte[] Value, DistributedCacheEntryOptions Options)> Entries { get; } = new();

    public bool Unavailable { get; set; }

    public byte[]? Get(string key) => throw new NotSupportedException("The endpoint must use the asynchronous API.");

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        ThrowIfUnavailable();
        return Task.FromResult(Entries.TryGetValue(key, out var entry) ? entry.Value : null);
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException("The endpoint must use the asynchronous API.");

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        ThrowIfUnavailable();
        Entries[key] = (value, options);
        return Task.CompletedTask;
    }

    public void Refresh(string key) => throw new NotSupportedException();

    public Task RefreshAsync(string key, CancellationToken token = default) => throw new NotSupportedException();

    public void Remove(string key) => throw new NotSupportedException();

    public Task RemoveAsync(string key, CancellationToken token = default) => throw new NotSupportedException();

    private void ThrowIfUnavailable()
    {
        if (Unavailable)
        {
            throw new InvalidOperationException("It was not possible to connect to the redis server(s).");
        }
    }
}
