using System.Net;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

public class DeliveryTests
{
    [Fact]
    public async Task EachEvent_IsYieldedBeforeTheServerSendsTheNext()
    {
        // The server sends event k+1 only once the consumer has received event k: any buffering or
        // read-ahead in the SDK would deadlock here, and the timeout turns that into a failure.
        var body = new ChannelBodyStream();
        var handler = new SingleBodyHandler(body);
        var client = StreamTestClient.Create(handler);
        var events = RecordedStream.Events;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        body.Send(RecordedStream.Frame([events[0]]));
        var received = 0;

        await foreach (var e in client.StreamAsync(RecordedStream.ResponseId, cancellationToken: timeout.Token))
        {
            Assert.Equal(received, e.SequenceNumber);
            received++;
            if (received < events.Count)
            {
                body.Send(RecordedStream.Frame([events[received]]));
            }
        }

        Assert.Equal(events.Count, received);
    }

    [Fact]
    public async Task AnEventSplitAcrossChunks_IsYieldedOnlyWhenComplete()
    {
        var body = new ChannelBodyStream();
        var client = StreamTestClient.Create(new SingleBodyHandler(body));
        var frame = RecordedStream.Frame([RecordedStream.Events[0]]);
        await using var enumerator = client.StreamAsync(RecordedStream.ResponseId).GetAsyncEnumerator();

        body.Send(frame[..(frame.Length / 2)]);
        var next = enumerator.MoveNextAsync().AsTask();
        await Task.Delay(100);
        Assert.False(next.IsCompleted);

        body.Send(frame[(frame.Length / 2)..]);
        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.IsType<ResponseCreatedEvent>(enumerator.Current);
    }

    private sealed class SingleBodyHandler(Stream body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }
}
