using BackgroundResponses.Testing;

namespace BackgroundResponses.Tests.Testing;

/// <summary>Fast settings for tests against <see cref="FakeResponsesServer"/>: tiny pacing, tiny client delays.</summary>
internal static class FakeServerTestKit
{
    public static FakeResponsesServerOptions FastOptions(Action<FakeResponsesServerOptions>? configure = null)
    {
        var options = new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(1), QueuedDuration = TimeSpan.FromMilliseconds(5) };
        configure?.Invoke(options);
        return options;
    }

    public static Task<FakeResponsesServer> StartAsync(Action<FakeResponsesServerOptions>? configure = null) =>
        FakeResponsesServer.StartAsync(FastOptions(configure));

    public static ResponsesClient FastClient(this FakeResponsesServer server, Action<ResponsesClientOptions>? configure = null) =>
        server.CreateClient(options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(10);
            options.Retry.MaxRetryAfter = TimeSpan.FromMilliseconds(20);
            options.Streaming.ResumeDelay = TimeSpan.FromMilliseconds(1);
            options.Streaming.MaxResumeDelay = TimeSpan.FromMilliseconds(10);
            options.Streaming.Polling.Delay = TimeSpan.FromMilliseconds(10);
            options.Streaming.Polling.MaxDelay = TimeSpan.FromMilliseconds(20);
            options.Streaming.Polling.MinDelay = TimeSpan.FromMilliseconds(1);
            options.Streaming.IdleTimeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(options);
        });

    public static CreateResponseRequest Request(string input = "Tell me a story about otters.") => new() { Model = "gpt-5.5", Input = input };

    public static async Task<List<ResponseStreamEvent>> CollectAsync(this IAsyncEnumerable<ResponseStreamEvent> events)
    {
        var list = new List<ResponseStreamEvent>();
        await foreach (var e in events)
        {
            list.Add(e);
        }

        return list;
    }

    /// <summary>Asserts the events with sequence numbers run 0, 1, 2, … with no gap or repeat.</summary>
    public static void AssertGapless(IEnumerable<ResponseStreamEvent> events, int first = 0)
    {
        var numbers = events.Where(e => e is not ResponsePolledEvent).Select(e => e.SequenceNumber).ToList();
        Assert.Equal(Enumerable.Range(first, numbers.Count).Select(n => (int?)n), numbers);
    }

    public static string Text(IEnumerable<ResponseStreamEvent> events) =>
        string.Concat(events.OfType<ResponseTextDeltaEvent>().Select(d => d.Delta));

    public static async Task<ModelResponse> WaitForAsync(ResponsesClient client, string id, Func<ModelResponse, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var response = await client.RetrieveAsync(id);
            if (condition(response))
            {
                return response;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out; last status {response.Status}.");
            await Task.Delay(5);
        }
    }
}
