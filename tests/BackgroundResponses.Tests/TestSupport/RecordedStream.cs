using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>The 336 events of the recorded live background stream, as (type, sequence number, data JSON).</summary>
public static class RecordedStream
{
    public const string ResponseId = "resp_01466b9ec36d1ae70069845b099c74819685e67ac5309dd138";

    private static readonly Lazy<IReadOnlyList<SseEventData>> LazyEvents = new(() => Load("background-stream.sse"));

    public static IReadOnlyList<SseEventData> Events => LazyEvents.Value;

    /// <summary>The text the recorded stream's deltas assemble to.</summary>
    public static string Text => string.Concat(Events.Where(e => e.Type == "response.output_text.delta").Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("delta").GetString()));

    public static IReadOnlyList<SseEventData> Load(string file)
    {
        var raw = TestFixtures.Read("recorded", file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var events = new List<SseEventData>();
        foreach (var block in raw.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var type = lines.First(l => l.StartsWith("event: ", StringComparison.Ordinal))["event: ".Length..];
            var data = lines.First(l => l.StartsWith("data: ", StringComparison.Ordinal))["data: ".Length..];
            var sequence = JsonDocument.Parse(data).RootElement.GetProperty("sequence_number").GetInt32();
            events.Add(new SseEventData(type, sequence, data));
        }

        return events;
    }

    /// <summary>Frames events as an SSE body with the given line ending.</summary>
    public static byte[] Frame(IEnumerable<SseEventData> events, string newline = "\n")
    {
        var builder = new StringBuilder();
        foreach (var e in events)
        {
            builder.Append("event: ").Append(e.Type).Append(newline)
                .Append("data: ").Append(e.Data).Append(newline)
                .Append(newline);
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>The byte offset in <see cref="Frame"/>'s output where each event starts (plus the total length at the end).</summary>
    public static int[] Boundaries(IReadOnlyList<SseEventData> events, string newline = "\n")
    {
        var offsets = new int[events.Count + 1];
        for (var i = 0; i < events.Count; i++)
        {
            offsets[i + 1] = offsets[i] + Frame([events[i]], newline).Length;
        }

        return offsets;
    }
}

public sealed record SseEventData(string Type, int SequenceNumber, string Data);
