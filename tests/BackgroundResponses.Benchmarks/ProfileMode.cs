using System.Net.ServerSentEvents;
using System.Text.Json;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// <c>--profile</c>: peels the decode path layer by layer over the same bytes, so the difference between two
/// neighbouring rows is the cost (time and bytes per event) of one layer.
/// </summary>
internal static class ProfileMode
{
    public static async Task<int> RunAsync()
    {
        using var scenarios = new Scenarios();
        var bytes = StreamData.Stream;
        var events = StreamData.EventCount;
        var rows = new List<Sample>
        {
            Measure.Run("1 floor: SseParser + Utf8JsonReader", scenarios.DecodeFloorAsync, events, 3, 7),
            Measure.Run("2 SseParser over MemoryStream + reader", () => ParseOnlyAsync(bytes), events, 3, 7),
            Measure.Run("3 + typed deserialise (polymorphic)", () => DeserializeAsync(bytes), events, 3, 7),
            Measure.Run("4 ResponseEventDecoder.ReadAsync", () => DecoderAsync(bytes), events, 3, 7),
            Measure.Run("5 full StreamAsync", scenarios.DecodeOursAsync, events, 3, 7),
        };
        foreach (var s in rows)
        {
            Console.WriteLine($"| {s.Name,-45} | {s.MicrosecondsPerOperation,8:N3} µs | {s.BytesPerOperation,8:N0} B |");
        }

        // Per-call allocation of one delta's data, each layer alone (one thread, so the thread counter is exact).
        var delta = System.Text.Encoding.UTF8.GetBytes("""{"type":"response.output_text.delta","content_index":0,"delta":" forest","item_id":"msg_01466b9ec36d1ae70069845b0da868819683114fea8b708d7c","logprobs":[],"obfuscation":"Ab3dE9fGh","output_index":1,"sequence_number":42}""");
        PerCall("polymorphic Deserialize<ResponseStreamEvent>", () => JsonSerializer.Deserialize(delta, ResponsesJsonContext.Default.ResponseStreamEvent));
        PerCall("direct Deserialize<ResponseTextDeltaEvent>", () => JsonSerializer.Deserialize(delta, ResponsesJsonContext.Default.ResponseTextDeltaEvent));
        PerCall("Utf8JsonReader pass only (the floor's work)", () =>
        {
            var reader = new Utf8JsonReader(delta);
            while (reader.Read())
            {
            }

            return null;
        });
        PerCall("ResponseTextDeltaFastReader.TryRead", () => ResponseTextDeltaFastReader.TryRead(delta));
        PerCall("new ResponseTextDeltaEvent()", () => new ResponseTextDeltaEvent());
        PerCall("string ' forest' + 9-char string", () => (new string(' ', 7), new string('a', 9)));
        return 0;
    }

    private static void PerCall(string name, Func<object?> call)
    {
        const int Calls = 200_000;
        for (var i = 0; i < Calls; i++)
        {
            call();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < Calls; i++)
        {
            call();
        }

        var ns = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalNanoseconds / Calls;
        Console.WriteLine($"| {name,-45} | {ns,8:N0} ns | {(GC.GetAllocatedBytesForCurrentThread() - before) / (double)Calls,8:N0} B |");
    }

    private static async Task<int> ParseOnlyAsync(byte[] bytes)
    {
        var count = 0;
        await foreach (var item in SseParser.Create(new MemoryStream(bytes, writable: false), static (_, data) =>
        {
            var reader = new Utf8JsonReader(data);
            while (reader.Read())
            {
            }

            return 1;
        }).EnumerateAsync())
        {
            count += item.Data;
        }

        return count;
    }

    private static async Task<int> DeserializeAsync(byte[] bytes)
    {
        var count = 0;
        await foreach (var item in SseParser.Create(new MemoryStream(bytes, writable: false), static (_, data) =>
            JsonSerializer.Deserialize(data, ResponsesJsonContext.Default.ResponseStreamEvent)).EnumerateAsync())
        {
            count += item.Data is null ? 0 : 1;
        }

        return count;
    }

    private static async Task<int> DecoderAsync(byte[] bytes)
    {
        var count = 0;
        await foreach (var item in ResponseEventDecoder.ReadAsync(new MemoryStream(bytes, writable: false), 1 << 20, default))
        {
            count += item is null ? 0 : 1;
        }

        return count;
    }
}
