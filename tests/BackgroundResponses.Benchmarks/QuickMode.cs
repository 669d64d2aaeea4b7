using System.Globalization;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// <c>--quick</c>: Stopwatch and allocation counters, a warmup and a few iterations, medians; under a minute.
/// The CI smoke test runs it; BenchmarkDotNet (the default mode) gives the numbers to publish.
/// </summary>
internal static class QuickMode
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pollers = args.Contains("--pollers") ? int.Parse(args[Array.IndexOf(args, "--pollers") + 1], CultureInfo.InvariantCulture) : 10_000;
        using var scenarios = new Scenarios();
        var events = StreamData.EventCount > 0 ? StreamData.EventCount : await scenarios.DecodeFloorAsync();
        Console.WriteLine($"stream: {events:N0} events, {StreamData.Stream.Length:N0} bytes; {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");

        var decode = Measure.RunInterleaved(
        [
            ("decode: BackgroundResponses StreamAsync", scenarios.DecodeOursAsync, events),
            ("decode: OpenAI 2.15.0 GetResponseStreamingAsync", scenarios.DecodeOfficialAsync, events),
            ("decode: floor (SseParser + Utf8JsonReader)", scenarios.DecodeFloorAsync, events),
        ],
        iterations: 9,
        warmup: TimeSpan.FromSeconds(2));
        var (ours, official, floor) = (decode[0], decode[1], decode[2]);

        const int Polls = 2_000;
        var poll = Measure.RunInterleaved(
        [
            ("poll: RetrieveAsync", () => Repeat(scenarios.PollOursAsync, Polls), Polls),
            ("poll: raw GET + source-generated deserialise", () => Repeat(scenarios.PollRawAsync, Polls), Polls),
        ],
        iterations: 9,
        warmup: TimeSpan.FromSeconds(1));
        var (pollOurs, pollRaw) = (poll[0], poll[1]);

        Console.WriteLine();
        Console.WriteLine($"| {"way",-50} | {"ops/s",12} | {"µs/op",9} | {"bytes/op",10} |");
        Console.WriteLine($"|{new string('-', 52)}|{new string('-', 14)}|{new string('-', 11)}|{new string('-', 12)}|");
        foreach (var s in new[] { ours, official, floor, pollOurs, pollRaw })
        {
            Console.WriteLine($"| {s.Name,-50} | {s.OperationsPerSecond,12:N0} | {s.MicrosecondsPerOperation,9:N2} | {s.BytesPerOperation,10:N0} |");
        }

        var scale = ScaleRun.Run(pollers, pollsUntilDone: 3);
        Console.WriteLine();
        Console.WriteLine(scale);

        // The stream scale run at CI size (--scale-streams runs 3,000 and 10,000): a Kestrel server process, then each
        // way in its own process; it fails if any event is lost, repeated or out of order.
        Console.WriteLine();
        Console.WriteLine(StreamScaleRun.Header());
        var streams = await StreamScaleRun.RunAsync([Program.Option(args, "--streams", 200)], ["ours", "openai"], TimeSpan.FromMilliseconds(250), TimeSpan.Zero);

        var delivery = await DeliveryRun.RunAsync(events: 2_000);
        Console.WriteLine($"delivery: {delivery.Events:N0} events in lockstep over loopback Kestrel, server write -> client yield: median {delivery.MedianMicroseconds:N0} µs, p99 {delivery.P99Microseconds:N0} µs, max {delivery.MaxMicroseconds:N0} µs");

        Console.WriteLine();
        Console.WriteLine(Ratio("decode time per event, ours / openai-dotnet", ours.MicrosecondsPerOperation, official.MicrosecondsPerOperation, "goal <= 0.25"));
        Console.WriteLine(Ratio("decode bytes per event, ours / openai-dotnet", ours.BytesPerOperation, official.BytesPerOperation, "goal <= 0.15"));
        Console.WriteLine(Ratio("decode time per event, ours / floor", ours.MicrosecondsPerOperation, floor.MicrosecondsPerOperation, "goal <= 1.5"));
        Console.WriteLine(Ratio("decode bytes per event, ours / floor", ours.BytesPerOperation, floor.BytesPerOperation, "info"));
        Console.WriteLine(Ratio("poll time, ours / raw", pollOurs.MicrosecondsPerOperation, pollRaw.MicrosecondsPerOperation, "info"));
        Console.WriteLine(Ratio("poll bytes, ours / raw", pollOurs.BytesPerOperation, pollRaw.BytesPerOperation, "goal <= 1.2"));
        StreamScaleRun.PrintSummary(streams);
        // The goal is on what 10,000 pollers hold, read after a full collection at each phase boundary; the peak also
        // counts garbage not yet collected, which depends on the GC's gen0 budget (docs/benchmarks.md, "Pollers").
        var livePeak = Math.Max(scale.LiveSentMb, Math.Max(scale.LiveInFlightMb, scale.LiveDoneMb));
        Console.WriteLine($"scale: live heap at the phase boundaries MB: {livePeak:N1} (goal < 100), peak heap incl. uncollected garbage MB: {scale.PeakHeapMb:N1} (info)");
        return 0;
    }

    private static string Ratio(string name, double ours, double other, string goal) =>
        $"{name}: {ours / other:N2} ({goal})";

    private static async Task<int> Repeat<T>(Func<Task<T>> operation, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await operation();
        }

        return times;
    }
}
