using System.Text;
using System.Text.Json;
using BackgroundResponses.Tests.TestSupport;
using CsCheck;

namespace BackgroundResponses.Tests.Streaming.Properties;

/// <summary>
/// The recorded stream, re-framed every legal way the SSE format allows and split into arbitrary reads, decodes
/// to exactly the events of its plain framing.
/// </summary>
public class SseFramingProperties
{
    private static readonly string[] LineEndings = ["\n", "\r", "\r\n"];

    private static readonly string[] Comments = ["", " keep-alive", "ping", " ünïcödé ✓ 日本", " data: not an event", ":"];

    private static readonly Lazy<IReadOnlyList<string>> Baseline = new(() =>
        DecodeAsync(RecordedStream.Frame(RecordedStream.Events), [4096]).GetAwaiter().GetResult().Select(Serialize).ToList());

    private static readonly Gen<EventFraming> EventFramingGen = Gen.Select(
        Gen.Bool,
        Gen.Bool,
        Gen.Int[0, LineEndings.Length - 1].Array[1, 6],
        Gen.Int[0, Comments.Length - 1].Array[0, 2],
        Gen.Int[0, 999].Array[0, 3],
        (eventLine, noSpace, endings, comments, splits) => new EventFraming(eventLine, noSpace, endings, comments, splits));

    private static readonly Gen<FramingPlan> PlanGen = Gen.Select(
        Gen.Bool,
        EventFramingGen.Array[RecordedStream.Events.Count],
        Gen.Int[1, 97].Array[1, 12],
        (bom, events, chunks) => new FramingPlan(bom, events, chunks));

    [Fact]
    public async Task RecordedStream_ReframedAndRechunked_DecodesToTheSameEvents()
    {
        await PlanGen.SampleAsync(
            async plan =>
            {
                var body = Frame(RecordedStream.Events, plan);
                var decoded = await DecodeAsync(body, plan.Chunks);
                Assert.Equal(Baseline.Value.Count, decoded.Count);
                for (var i = 0; i < decoded.Count; i++)
                {
                    Assert.Equal(RecordedStream.Events[i].SequenceNumber, decoded[i].SequenceNumber);
                    Assert.Equal(RecordedStream.Events[i].Type, decoded[i].Type);
                    Assert.Equal(Baseline.Value[i], Serialize(decoded[i]));
                }
            },
            seed: PropertyRun.Seed,
            iter: PropertyRun.Iterations(200),
            time: PropertyRun.Time,
            threads: 1,
            print: plan => plan.ToString());
    }

    [Fact]
    public void SplitPoints_AreOnlyStructuralCommas()
    {
        var points = CommaSplitPoints("""{"a":"x,y","b":[1,2],"c":"\",\\"}""");

        Assert.Equal([11, 18, 21], points);
    }

    internal static byte[] Frame(IReadOnlyList<SseEventData> events, FramingPlan plan)
    {
        var builder = new StringBuilder();
        if (plan.Bom)
        {
            builder.Append('\uFEFF');
        }

        var previousEnding = "\n";
        for (var e = 0; e < events.Count; e++)
        {
            var framing = plan.Events[e];
            var lines = new List<string>();
            if (framing.EventLine)
            {
                lines.Add("event: " + events[e].Type);
            }

            var prefix = framing.NoSpace ? "data:" : "data: ";
            lines.AddRange(SplitData(events[e].Data, framing.Splits).Select(segment => prefix + segment));
            for (var c = 0; c < framing.Comments.Length; c++)
            {
                lines.Insert(c * 2 % (lines.Count + 1), ":" + Comments[framing.Comments[c]]);
            }

            lines.Add(string.Empty);
            for (var l = 0; l < lines.Count; l++)
            {
                var ending = LineEndings[framing.Endings[l % framing.Endings.Length]];

                // CR then an empty line ended by LF would read as one CRLF and swallow the blank line that dispatches the event.
                if (lines[l].Length == 0 && previousEnding == "\r" && ending == "\n")
                {
                    ending = "\r\n";
                }

                builder.Append(lines[l]).Append(ending);
                previousEnding = ending;
            }
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    /// <summary>Splits JSON after structural commas only: the parser joins data lines with LF, which is whitespace there.</summary>
    internal static IEnumerable<string> SplitData(string json, int[] splits)
    {
        var candidates = CommaSplitPoints(json);
        if (candidates.Count == 0 || splits.Length == 0)
        {
            return [json];
        }

        var chosen = splits.Select(s => candidates[s * candidates.Count / 1000]).Distinct().Order().ToList();
        var segments = new List<string>();
        var start = 0;
        foreach (var point in chosen)
        {
            segments.Add(json[start..point]);
            start = point;
        }

        segments.Add(json[start..]);
        return segments;
    }

    internal static List<int> CommaSplitPoints(string json)
    {
        var points = new List<int>();
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == ',')
            {
                points.Add(i + 1);
            }
        }

        return points;
    }

    private static async Task<List<ResponseStreamEvent>> DecodeAsync(byte[] body, int[] chunks)
    {
        var server = new ChunkedBodyServer(body, chunks);
        var client = StreamTestClient.Create(server, o => o.MaxResumeAttempts = 0);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = await StreamTestClient.ReadAllAsync(client.StreamAsync(RecordedStream.ResponseId, cancellationToken: timeout.Token));
        Assert.Equal(1, server.StreamRequests);
        return events;
    }

    private static string Serialize(ResponseStreamEvent e) => JsonSerializer.Serialize(e, ResponsesJsonContext.Default.ResponseStreamEvent);

    internal sealed record EventFraming(bool EventLine, bool NoSpace, int[] Endings, int[] Comments, int[] Splits);

    internal sealed record FramingPlan(bool Bom, EventFraming[] Events, int[] Chunks)
    {
        public override string ToString()
        {
            var splitEvents = Events.Count(e => e.Splits.Length > 0);
            var missingEventLines = Events.Count(e => !e.EventLine);
            return $"Bom={Bom} Chunks=[{string.Join(',', Chunks)}] EventsWithoutEventLine={missingEventLines} EventsWithSplitData={splitEvents} "
                + $"FirstDifferentEvent={Array.FindIndex(Events, e => !e.EventLine || e.NoSpace || e.Comments.Length > 0 || e.Splits.Length > 0 || e.Endings.Any(x => x != 0))}";
        }
    }
}
