using System.Diagnostics.Metrics;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BackgroundResponses.Tests.Streaming;

public class StreamTelemetryTests
{
    [Fact]
    public async Task Resume_IsLoggedAtInformation_AndCounted_WithoutTheKey()
    {
        // A host of its own, so that counts from tests running in parallel cannot mix in.
        var host = $"telemetry-{Guid.NewGuid():N}.test";
        var events = RecordedStream.Events;
        var boundaries = RecordedStream.Boundaries(events);
        var server = new InMemoryStreamingServer(events) { Cut = i => i == 0 ? (boundaries[41], CutKind.Reset) : (null, CutKind.CleanEnd) };
        var collector = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(collector)]);
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri($"http://{host}/v1/") };
        using var http = new HttpClient(server);
        var client = new ResponsesClient(http, options, loggerFactory);
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "BackgroundResponses")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "server.address" && (string?)tag.Value == host)
                {
                    lock (counts)
                    {
                        counts[instrument.Name] = counts.GetValueOrDefault(instrument.Name) + value;
                    }
                }
            }
        });
        listener.Start();

        var read = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId));

        Assert.Equal(336, read.Count);
        Assert.Equal(1, counts["background_responses.stream.resumes"]);
        var resuming = Assert.Single(collector.GetSnapshot(), r => r.Id.Name == "StreamResuming");
        Assert.Equal(LogLevel.Information, resuming.Level);
        Assert.Contains("after event 40", resuming.Message, StringComparison.Ordinal);
        var resumed = Assert.Single(collector.GetSnapshot(), r => r.Id.Name == "StreamResumed");
        Assert.Contains("resumed at event 41", resumed.Message, StringComparison.Ordinal);
        Assert.All(collector.GetSnapshot(), r => Assert.DoesNotContain(FakeApi.ApiKey, r.Message, StringComparison.Ordinal));
    }
}
