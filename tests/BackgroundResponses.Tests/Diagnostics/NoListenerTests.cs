using System.Diagnostics;
using System.Net;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Diagnostics;

/// <summary>Runs alone: any listener another test attaches would make the source report listeners.</summary>
[Collection(NoListenerCollection.Name)]
public class NoListenerTests
{
    [Fact]
    public async Task WithoutListeners_NoSpanIsCreated_AndStreamsAreNotWrapped()
    {
        if (ResponsesTelemetry.ActivitySource.HasListeners())
        {
            // Some other listener is attached in this process (an exporter in a debugger session, say).
            return;
        }

        Activity? seen = null;
        var handler = new CapturingHandler
        {
            Respond = _ =>
            {
                seen = Activity.Current;
                return InMemoryStreamingServer.Json(HttpStatusCode.OK, """{"id":"resp_1","object":"response","created_at":1,"status":"queued","output":[]}""");
            },
        };
        var client = new ResponsesClient(new HttpClient(handler), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://quiet.test/v1/") });
#if NET10_0_OR_GREATER
        var events = AsyncEnumerable.Empty<ResponseStreamEvent>();
#else
        var events = NoEvents();

        static async IAsyncEnumerable<ResponseStreamEvent> NoEvents()
        {
            await Task.CompletedTask.ConfigureAwait(false);
            yield break;
        }
#endif

        await client.RetrieveAsync("resp_1");

        Assert.Null(ResponsesTelemetry.StartActivity(ResponsesTelemetry.RetrieveActivity, "resp_1"));
        Assert.Same(events, ResponsesTelemetry.TraceStream(events, ResponsesTelemetry.StreamActivity, "resp_1", new Uri("http://quiet.test/")));
        Assert.Null(seen?.Source.Name == ResponsesTelemetry.Name ? seen : null);
    }
}
