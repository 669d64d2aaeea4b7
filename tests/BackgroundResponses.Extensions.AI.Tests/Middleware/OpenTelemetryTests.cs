using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using BackgroundResponses.Testing;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI.Tests.Middleware;

/// <summary>
/// <c>UseOpenTelemetry()</c> over our client: the chat span carries the gen_ai tags, a stream resumed after a drop is one span
/// with the whole usage, polling with tokens gives one span per call, and the SDK's own spans (source <c>BackgroundResponses</c>)
/// nest under the chat span. Every test uses its own source name and its own root span, so tests running in parallel do not mix.
/// </summary>
public class OpenTelemetryTests
{
    private const string Model = "gpt-5.5";

    private const string SdkSource = "BackgroundResponses";

    [Fact]
    public async Task PlainCall_OneChatSpan_WithTheGenAiTags_AndTheSdkSpansUnderIt_AndTokenAndDurationMetrics()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16 });
        using var capture = new TelemetryCapture();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseOpenTelemetry(sourceName: capture.SourceName).Build();

        ChatResponse response;
        using (capture.StartRoot())
        {
            response = await chat.GetResponseAsync("Tell me a story.");
        }

        var final = server.GetResponse(response.ResponseId!)!;
        var span = Assert.Single(capture.ChatSpans());
        Assert.Equal($"chat {Model}", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("openai", span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal(Model, span.GetTagItem("gen_ai.request.model"));
        Assert.Equal(Model, span.GetTagItem("gen_ai.response.model"));
        Assert.Equal(final.Id, span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(final.Usage!.InputTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.input_tokens"), null));
        Assert.Equal(final.Usage.OutputTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.output_tokens"), null));
        Assert.Equal("""["stop"]""", FinishReasons(span));
        Assert.NotEqual(ActivityStatusCode.Error, span.Status);

        // The SDK's create and its wait nest under the chat span, which nests under the test's root.
        Assert.Equal(capture.RootSpanId, span.ParentSpanId);
        var sdk = capture.SdkSpans();
        Assert.Contains(sdk, a => a.OperationName == "responses.create");
        Assert.All(sdk, a => Assert.True(IsUnder(a, span, sdk), $"{a.OperationName} is not under the chat span"));
        Assert.Equal(span.SpanId, sdk.Single(a => a.OperationName == "responses.create").ParentSpanId);

        // Metrics: one duration, and the tokens by type, on the meter of the same name.
        var duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
        Assert.True(duration.Value > 0);
        Assert.Equal("chat", duration.Tags["gen_ai.operation.name"]);
        Assert.Equal(Model, duration.Tags["gen_ai.request.model"]);
        var tokens = capture.Measurements("gen_ai.client.token.usage");
        Assert.Equal(final.Usage.InputTokens, tokens.Where(m => Equals(m.Tags["gen_ai.token.type"], "input")).Sum(m => m.Value));
        Assert.Equal(final.Usage.OutputTokens, tokens.Where(m => Equals(m.Tags["gen_ai.token.type"], "output")).Sum(m => m.Value));
    }

    [Fact]
    public async Task StreamThroughADrop_IsOneChatSpan_WithTheWholeUsage_AndOneSdkStreamSpanThatCountsTheResume()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16 });
        server.Faults.DropNextStreamAfter(events: 10);
        using var capture = new TelemetryCapture();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseOpenTelemetry(sourceName: capture.SourceName).Build();

        var updates = new List<ChatResponseUpdate>();
        using (capture.StartRoot())
        {
            await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story.", new ChatOptions { AllowBackgroundResponses = true }))
            {
                updates.Add(update);
            }
        }

        var final = server.GetResponse(updates[0].ResponseId!)!;
        Assert.Equal(final.OutputText, string.Concat(updates.Select(u => u.Text)));
        Assert.Single(server.Requests, r => r.Method == "GET" && r.Query.Contains("starting_after=", StringComparison.Ordinal));

        var span = Assert.Single(capture.ChatSpans());
        Assert.Equal(final.Id, span.GetTagItem("gen_ai.response.id"));
        Assert.Equal(final.Usage!.InputTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.input_tokens"), null));
        Assert.Equal(final.Usage.OutputTokens, Convert.ToInt32(span.GetTagItem("gen_ai.usage.output_tokens"), null));
        Assert.Equal("""["stop"]""", FinishReasons(span));
        Assert.NotEqual(ActivityStatusCode.Error, span.Status);

        // The SDK's whole stream, drop and resume included, is one span under the chat span.
        var sdk = capture.SdkSpans();
        var stream = Assert.Single(sdk, a => a.OperationName == "responses.create_streaming");
        Assert.Equal(span.SpanId, stream.ParentSpanId);
        Assert.Equal(1, stream.GetTagItem("background_responses.stream.resumes"));
        Assert.Equal(final.Id, stream.GetTagItem("background_responses.response_id"));
        Assert.All(sdk, a => Assert.True(IsUnder(a, span, sdk), $"{a.OperationName} is not under the chat span"));

        var tokens = capture.Measurements("gen_ai.client.token.usage");
        Assert.Equal(final.Usage.OutputTokens, tokens.Where(m => Equals(m.Tags["gen_ai.token.type"], "output")).Sum(m => m.Value));
    }

    [Fact]
    public async Task BackgroundPollingWithTokens_OneChatSpanPerCall_AllForTheSameResponse_OnlyTheLastWithUsageAndFinishReason()
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.FromMilliseconds(2),
            DeltaLength = 16,
            QueuedDuration = TimeSpan.FromMilliseconds(300),
        });
        using var capture = new TelemetryCapture();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseOpenTelemetry(sourceName: capture.SourceName).Build();
        var options = new ChatOptions { AllowBackgroundResponses = true };

        var calls = 0;
        ChatResponse response;
        using (capture.StartRoot())
        {
            response = await chat.GetResponseAsync("Tell me a story.", options);
            calls++;
            Assert.NotNull(response.ContinuationToken);
            while (response.ContinuationToken is { } token)
            {
                await Task.Delay(20);
                response = await chat.GetResponseAsync([], new ChatOptions { AllowBackgroundResponses = true, ContinuationToken = ResponseContinuationToken.FromBytes(token.ToBytes().ToArray()) });
                calls++;
                Assert.True(calls < 1000, "the response never finished");
            }
        }

        var final = server.GetResponse(response.ResponseId!)!;
        var spans = capture.ChatSpans();
        Assert.Equal(calls, spans.Count);
        Assert.True(spans.Count >= 2);
        Assert.All(spans, s =>
        {
            Assert.Equal("chat", s.GetTagItem("gen_ai.operation.name"));
            Assert.Equal(Model, s.GetTagItem("gen_ai.request.model"));
            Assert.Equal(final.Id, s.GetTagItem("gen_ai.response.id"));
            Assert.Equal(capture.RootSpanId, s.ParentSpanId);
        });

        // A pending response has no usage and no finish reason yet; the finished one has both.
        var ordered = spans.OrderBy(s => s.StartTimeUtc).ToList();
        Assert.All(ordered.SkipLast(1), s =>
        {
            Assert.Null(s.GetTagItem("gen_ai.usage.output_tokens"));
            Assert.Null(s.GetTagItem("gen_ai.response.finish_reasons"));
        });
        Assert.Equal(final.Usage!.OutputTokens, Convert.ToInt32(ordered[^1].GetTagItem("gen_ai.usage.output_tokens"), null));
        Assert.Equal("""["stop"]""", FinishReasons(ordered[^1]));

        // One create under the first chat span, one retrieve under each later one.
        var sdk = capture.SdkSpans();
        Assert.Equal(ordered[0].SpanId, Assert.Single(sdk, a => a.OperationName == "responses.create").ParentSpanId);
        var retrieves = sdk.Where(a => a.OperationName == "responses.retrieve").ToList();
        Assert.Equal(calls - 1, retrieves.Count);
        Assert.Equal(ordered.Skip(1).Select(s => s.SpanId.ToHexString()).Order(), retrieves.Select(r => r.ParentSpanId.ToHexString()).Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFailedResponse_MarksTheChatSpanAsAnError_WithTheExceptionType(bool streaming)
    {
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { EventDelay = TimeSpan.FromMilliseconds(2), DeltaLength = 16 });
        server.Faults.FailNextResponse(afterTextDeltas: 3);
        using var capture = new TelemetryCapture();
        var chat = server.CreateClient().AsIChatClient(Model).AsBuilder().UseOpenTelemetry(sourceName: capture.SourceName).Build();

        Exception ex;
        using (capture.StartRoot())
        {
            ex = await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                if (streaming)
                {
                    await foreach (var update in chat.GetStreamingResponseAsync("Tell me a story."))
                    {
                        Assert.NotNull(update);
                    }
                }
                else
                {
                    await chat.GetResponseAsync("Tell me a story.");
                }
            });
        }

        Assert.IsType<ResponseFailedException>(ex);
        var span = Assert.Single(capture.ChatSpans());
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(ex.GetType().FullName, span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("gen_ai.response.finish_reasons"));
        var duration = Assert.Single(capture.Measurements("gen_ai.client.operation.duration"));
        Assert.Equal(ex.GetType().FullName, duration.Tags["error.type"]);
    }

    /// <summary>MEAI 10.11 writes the finish reasons as one string holding a JSON array, for example <c>["stop"]</c>.</summary>
    private static string? FinishReasons(Activity span) => Assert.IsType<string>(span.GetTagItem("gen_ai.response.finish_reasons"));

    private static bool IsUnder(Activity child, Activity ancestor, IReadOnlyList<Activity> all)
    {
        var parent = child.ParentSpanId;
        for (var depth = 0; depth < 20; depth++)
        {
            if (parent == ancestor.SpanId)
            {
                return true;
            }

            var next = all.FirstOrDefault(a => a.SpanId == parent);
            if (next is null)
            {
                return false;
            }

            parent = next.ParentSpanId;
        }

        return false;
    }

    /// <summary>Collects the chat spans of one source name, the SDK's spans of one trace, and the metrics of the same meter.</summary>
    private sealed class TelemetryCapture : IDisposable
    {
        private readonly ActivitySource _root;
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters;
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
        private ActivityTraceId _traceId;

        public TelemetryCapture()
        {
            SourceName = "BackgroundResponses.Tests.Otel." + Guid.NewGuid().ToString("N");
            _root = new ActivitySource(SourceName + ".Root");
            _activities = new ActivityListener
            {
                ShouldListenTo = source => source.Name == SourceName || source.Name == _root.Name || source.Name == SdkSource,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_activities);

            _meters = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == SourceName)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
            _meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
            _meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
            _meters.Start();
        }

        public string SourceName { get; }

        public ActivitySpanId RootSpanId { get; private set; }

        public Activity StartRoot()
        {
            var root = _root.StartActivity("test-root") ?? throw new InvalidOperationException("The root span was not sampled.");
            _traceId = root.TraceId;
            RootSpanId = root.SpanId;
            return root;
        }

        public List<Activity> ChatSpans() => [.. _stopped.Where(a => a.Source.Name == SourceName && a.TraceId == _traceId)];

        public List<Activity> SdkSpans() => [.. _stopped.Where(a => a.Source.Name == SdkSource && a.TraceId == _traceId)];

        public List<(double Value, Dictionary<string, object?> Tags)> Measurements(string instrument) =>
            [.. _measurements.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags))];

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
            _root.Dispose();
        }

        private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
            where T : struct
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            _measurements.Enqueue((instrument.Name, Convert.ToDouble(value, null), copy));
        }
    }
}
