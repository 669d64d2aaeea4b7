using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming;

internal static class StreamTestClient
{
    public static ResponsesClient Create(HttpMessageHandler handler, Action<StreamingOptions>? configure = null)
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") };
        options.Streaming.ResumeDelay = TimeSpan.FromMilliseconds(1);
        options.Streaming.MaxResumeDelay = TimeSpan.FromMilliseconds(5);
        options.Streaming.Polling = new PollingOptions { Delay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(5), MinDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options.Streaming);
        return new ResponsesClient(new HttpClient(handler), options);
    }

    public static async Task<List<ResponseStreamEvent>> ReadAllAsync(IAsyncEnumerable<ResponseStreamEvent> events)
    {
        var list = new List<ResponseStreamEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }

    public static string Text(IEnumerable<ResponseStreamEvent> events) =>
        string.Concat(events.OfType<ResponseTextDeltaEvent>().Select(e => e.Delta));

    public static void AssertGapless(IReadOnlyList<ResponseStreamEvent> events, int first = 0)
    {
        for (var i = 0; i < events.Count; i++)
        {
            Assert.Equal(first + i, events[i].SequenceNumber);
        }
    }
}
