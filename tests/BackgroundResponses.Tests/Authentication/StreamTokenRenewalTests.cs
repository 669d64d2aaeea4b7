using System.Collections.Concurrent;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Authentication;

/// <summary>A stream outlives its token: the resume after a drop signs in again, and no event is lost or repeated.</summary>
public class StreamTokenRenewalTests
{
    [Fact]
    public async Task ATokenRevokedMidStream_IsReplacedOnThe401ToTheResume()
    {
        var valid = new ConcurrentDictionary<string, bool>();
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(1),
            BearerTokenValidator = token => valid.ContainsKey(token),
        });
        server.Faults.DropNextStreamAfter(events: 12);
        var issued = 0;
        var client = server.CreateClient(o => o.BearerTokenProvider = _ =>
        {
            var token = $"entra-{Interlocked.Increment(ref issued)}";
            valid[token] = true;
            return ValueTask.FromResult(new BearerToken(token, DateTimeOffset.UtcNow.AddHours(1)));
        });

        var sequence = new List<int>();
        await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Tell me a story." }))
        {
            sequence.Add(e.SequenceNumber!.Value);
            if (sequence.Count == 5)
            {
                // The identity service revokes the first token while the stream is open; the open connection is unaffected.
                valid.TryRemove("entra-1", out _);
            }
        }

        Assert.Equal(Enumerable.Range(0, sequence.Count), sequence);
        Assert.Equal(2, issued);
        var streams = server.Requests.Where(r => r.Method == "GET" && r.Query.Contains("stream=true", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, streams.Count);
        Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.All(server.Requests, r => Assert.Equal(RecordedRequest.RedactedValue, r.Headers["Authorization"]));
    }

    [Fact]
    public async Task ATokenAboutToExpire_IsReplacedBeforeTheResume_WithoutA401()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var expiries = new ConcurrentDictionary<string, DateTimeOffset>();
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(1),
            BearerTokenValidator = token => expiries.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry,
        });
        server.Faults.DropNextStreamAfter(events: 12);
        var issued = 0;
        Func<CancellationToken, ValueTask<BearerToken>> provider = _ =>
        {
            var token = $"entra-{Interlocked.Increment(ref issued)}";
            expiries[token] = time.GetUtcNow().AddHours(1);
            return ValueTask.FromResult(new BearerToken(token, expiries[token]));
        };
        var options = new ResponsesClientOptions { BaseAddress = server.BaseAddress, BearerTokenProvider = provider };
        var client = new ResponsesClient(new HttpClient(), options, null, time);

        var count = 0;
        await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Tell me a story." }))
        {
            if (++count == 5)
            {
                time.Advance(TimeSpan.FromMinutes(58));
            }
        }

        Assert.Equal(2, issued);
        Assert.Equal(server.Requests.Count, server.Requests.Count(r => r.Method == "POST" || r.Query.Contains("stream=true", StringComparison.Ordinal)));
        Assert.Equal(2, server.Requests.Count);
    }
}
