using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.Tests.Streaming;

/// <summary>
/// Streams over HTTP/2 (cleartext with prior knowledge, against an HTTP/2-only Kestrel endpoint), with the HttpClient an
/// application would pass in: one whose DefaultRequestVersion is 2.0 (the SDK copies it onto its requests), or one with a
/// <see cref="DelegatingHandler"/> that asks for 2.0 on every request. Many streams then share
/// one connection, so a dropped connection drops all of them at once; each must resume on its own.
/// </summary>
public class Http2StreamTests
{
    private const int EventsBeforeDrop = 3;
    private const int LastDelta = 8;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheHttpClientsDefaultRequestVersion_ReachesEveryRequestTheSdkBuilds(bool http2)
    {
        var capture = new CapturingHandler();
        using var http = new HttpClient(capture);
        if (http2)
        {
            http.DefaultRequestVersion = HttpVersion.Version20;
            http.DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }

        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = "sk-test", BaseAddress = new Uri("http://127.0.0.1:9/v1/") });

        await Assert.ThrowsAnyAsync<Exception>(() => client.RetrieveAsync("resp_1"));
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var unused in client.StreamAsync("resp_1"))
            {
            }
        });

        // HttpClient itself applies DefaultRequestVersion only to the messages it builds (GetAsync, PostAsync…); the SDK
        // copies it onto its own, so an application opts in to HTTP/2 with the HttpClient it passes and no handler.
        Assert.NotEmpty(capture.Requests);
        Assert.All(capture.Requests, r => Assert.Equal(http2 ? HttpVersion.Version20 : HttpVersion.Version11, r.Version));
        Assert.All(capture.Requests, r => Assert.Equal(http2 ? HttpVersionPolicy.RequestVersionExact : HttpVersionPolicy.RequestVersionOrLower, r.VersionPolicy));
    }

    [Fact]
    public async Task ReadmeHttp2Client_FallsBackToHttp11OverCleartext_AndStreams()
    {
        await using var server = await BackgroundResponses.Testing.FakeResponsesServer.StartAsync();
        var options = new ResponsesClientOptions { ApiKey = BackgroundResponses.Testing.FakeResponsesServer.DefaultClientApiKey, BaseAddress = server.BaseAddress };

        // begin-snippet: readme-http2
        // Thousands of open streams: up to 100 share one HTTP/2 connection instead of one connection each.
        var http = new HttpClient(new SocketsHttpHandler { EnableMultipleHttp2Connections = true })
        {
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower, // HTTP/1.1 where the server has no HTTP/2
        };
        var client = new ResponsesClient(http, options);
        // end-snippet

        using (http)
        {
            var final = await client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Hi" }).ToResponseAsync();

            // The fake speaks HTTP/1.1 over cleartext: RequestVersionOrLower falls back rather than failing.
            Assert.Equal(ResponseStatus.Completed, final.Status);
            Assert.Equal(server.GetResponse(final.Id!)!.OutputText, final.OutputText);
        }
    }

    [Fact]
    public void ReadmeHttp2Snippet_IsTheCompiledCodeVerbatim()
    {
        var source = RepositoryFiles.Read("tests", "BackgroundResponses.Tests", "Streaming", "Http2StreamTests.cs");
        Assert.Equal(RepositoryFiles.Snippet(source, "readme-http2"), RepositoryFiles.MarkdownSnippet(RepositoryFiles.ReadDocs("streaming.md"), "readme-http2"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ConnectionDroppedUnderManyMultiplexedStreams_EveryStreamResumesOverHttp2WithNoGapOrRepeat(bool versionFromHandler)
    {
        const int streams = 5;
        await using var server = await Http2Server.StartAsync(firstRequestsBeforeDrop: streams);

        // Either way an application may ask for HTTP/2: the HttpClient's defaults, or a handler that sets every request's version.
        var transport = new SocketsHttpHandler { EnableMultipleHttp2Connections = true };
        using var http = versionFromHandler
            ? new HttpClient(new Http2OnlyHandler { InnerHandler = transport })
            : new HttpClient(transport) { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var client = new ResponsesClient(http, new ResponsesClientOptions
        {
            ApiKey = "sk-test",
            BaseAddress = server.BaseAddress,
            Streaming = new StreamingOptions { ResumeDelay = TimeSpan.FromMilliseconds(10), FallBackToPolling = false },
        });

        var reads = Enumerable.Range(0, streams).Select(async i =>
        {
            var sequence = new List<int?>();
            await foreach (var item in client.StreamAsync($"resp_{i}"))
            {
                sequence.Add(item.SequenceNumber);
            }

            return sequence;
        }).ToArray();
        var all = Task.WhenAll(reads);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) != all)
        {
            Assert.Fail($"Streams still open after 30 s; connections aborted {server.ConnectionsAborted}, requests seen: {string.Join(", ", server.Requests)}; " +
                string.Join(", ", reads.Select(r => r.Status)));
        }

        var sequences = await all;

        Assert.All(sequences, s => Assert.Equal(Enumerable.Range(0, LastDelta + 2).Select(n => (int?)n), s));

        // The drop cut fewer connections than there were streams: they were multiplexed (HTTP/1.1 would need one each).
        Assert.InRange(server.ConnectionsAborted, 1, streams - 1);

        // Every request went over HTTP/2, and every stream was asked for again after the drop: from where it had got to
        // (normally after its third event; from the start if the drop came before it had read any).
        Assert.All(server.Requests, r => Assert.Equal("HTTP/2", r.Protocol));
        Assert.All(Enumerable.Range(0, streams), i => Assert.Equal(2, server.Requests.Count(r => r.Id == $"resp_{i}")));
        Assert.All(server.Requests.Where(r => r.StartingAfter is not null), r => Assert.InRange(int.Parse(r.StartingAfter!, CultureInfo.InvariantCulture), 0, EventsBeforeDrop - 1));
    }

    private sealed class Http2OnlyHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed record SeenRequest(string Id, string Protocol, string? StartingAfter);

    /// <summary>
    /// HTTP/2-only Kestrel. The first request for a stream writes <see cref="EventsBeforeDrop"/> events and waits; once
    /// <c>firstRequestsBeforeDrop</c> of them wait, every TCP connection is aborted (all their streams drop together).
    /// Any later request for the stream writes the rest, after <c>starting_after</c> (or all of it), up to <c>response.completed</c>.
    /// </summary>
    private sealed class Http2Server : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentBag<ConnectionContext> _connections = [];
        private readonly ConcurrentQueue<SeenRequest> _requests = new();
        private readonly ConcurrentDictionary<string, bool> _opened = new(StringComparer.Ordinal);
        private readonly int _firstRequestsBeforeDrop;
        private int _waiting;
        private int _aborted;

        private Http2Server(int firstRequestsBeforeDrop)
        {
            _firstRequestsBeforeDrop = firstRequestsBeforeDrop;
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listen.Use(next => connection =>
                {
                    _connections.Add(connection);
                    return next(connection);
                });
            }));
            _app = builder.Build();
            _app.MapGet("/v1/responses/{id}", ServeAsync);
        }

        public Uri BaseAddress { get; private set; } = null!;

        public IReadOnlyCollection<SeenRequest> Requests => _requests;

        public int ConnectionsAborted => Volatile.Read(ref _aborted);

        public static async Task<Http2Server> StartAsync(int firstRequestsBeforeDrop)
        {
            var server = new Http2Server(firstRequestsBeforeDrop);
            await server._app.StartAsync();
            var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.BaseAddress = new Uri(address.TrimEnd('/') + "/v1/");
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            // Requests still waiting (only when a test fails) are cut at once rather than after the graceful 30 s.
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _app.StopAsync(stopping.Token);
            await _app.DisposeAsync();
        }

        private async Task ServeAsync(HttpContext context, string id)
        {
            string? startingAfter = context.Request.Query["starting_after"];
            _requests.Enqueue(new SeenRequest(id, context.Request.Protocol, startingAfter));
            context.Response.ContentType = "text/event-stream";
            var aborted = context.RequestAborted;
            if (_opened.TryAdd(id, true))
            {
                for (var sequence = 0; sequence < EventsBeforeDrop; sequence++)
                {
                    await context.Response.Body.WriteAsync(Frame(id, sequence), aborted);
                }

                await context.Response.Body.FlushAsync(aborted);
                if (Interlocked.Increment(ref _waiting) == _firstRequestsBeforeDrop)
                {
                    // Give the client time to read what was flushed, then cut every connection under all the streams.
                    await Task.Delay(200, aborted);
                    foreach (var connection in _connections)
                    {
                        Interlocked.Increment(ref _aborted);
                        connection.Abort(new ConnectionAbortedException("Test: the TCP connection under every stream drops."));
                    }
                }

                await Task.Delay(Timeout.Infinite, aborted).ContinueWith(static _ => { }, TaskScheduler.Default);
                return;
            }

            for (var sequence = startingAfter is null ? 0 : int.Parse(startingAfter, CultureInfo.InvariantCulture) + 1; sequence <= LastDelta + 1; sequence++)
            {
                await context.Response.Body.WriteAsync(Frame(id, sequence), aborted);
            }
        }

        private static byte[] Frame(string id, int sequence)
        {
            var type = sequence == 0 ? "response.created" : sequence == LastDelta + 1 ? "response.completed" : "response.output_text.delta";
            var data = type == "response.output_text.delta"
                ? $$"""{"type":"{{type}}","content_index":0,"delta":" token","item_id":"msg_1","logprobs":[],"output_index":0,"sequence_number":{{sequence}}}"""
                : $$"""{"type":"{{type}}","response":{"id":"{{id}}","object":"response","created_at":1770281737,"status":"{{(sequence == 0 ? "queued" : "completed")}}","background":true,"model":"o4-mini","output":[]},"sequence_number":{{sequence}}}""";
            return Encoding.UTF8.GetBytes($"event: {type}\ndata: {data}\n\n");
        }
    }
}
