using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace BackgroundResponses.Tests.Streaming;

public class ConnectionReleaseTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ManyEarlyBrokenStreams_OverASingleConnectionPool_NeverHang()
    {
        // One connection in the pool: a stream that kept its response open would block every later request.
        _api.Server.Given(Request.Create().WithPath("/v1/responses/" + RecordedStream.ResponseId).WithParam("stream", "true").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/event-stream").WithBody(RecordedStream.Frame(RecordedStream.Events)));
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 });
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _api.V1 });

        for (var i = 0; i < 60; i++)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            switch (i % 3)
            {
                case 0:
                    await foreach (var e in client.StreamAsync(RecordedStream.ResponseId, cancellationToken: timeout.Token))
                    {
                        if (e.SequenceNumber == 2)
                        {
                            break;
                        }
                    }

                    break;
                case 1:
                    await using (var enumerator = client.StreamAsync(RecordedStream.ResponseId).GetAsyncEnumerator(timeout.Token))
                    {
                        Assert.True(await enumerator.MoveNextAsync());
                    }

                    break;
                default:
                    using (var stop = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token))
                    {
                        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
                        {
                            await foreach (var e in client.StreamAsync(RecordedStream.ResponseId, cancellationToken: stop.Token))
                            {
                                if (e.SequenceNumber == 5)
                                {
                                    await stop.CancelAsync();
                                }
                            }
                        });
                        Assert.False(timeout.IsCancellationRequested, "the stream hung instead of honouring cancellation");
                    }

                    break;
            }
        }

        Assert.Equal(60, _api.Server.LogEntries.Count());
    }

    [Fact]
    public async Task EarlyBreak_DisposesTheBody()
    {
        var server = new InMemoryStreamingServer(RecordedStream.Events);
        var client = StreamTestClient.Create(server);

        for (var i = 0; i < 100; i++)
        {
            await foreach (var e in client.StreamAsync(RecordedStream.ResponseId))
            {
                if (e.SequenceNumber == i % 7)
                {
                    break;
                }
            }
        }

        Assert.Equal(100, server.Bodies.Count);
        Assert.All(server.Bodies, b => Assert.True(b.Disposed));
    }
}
