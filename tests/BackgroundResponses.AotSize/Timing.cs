using System.Globalization;

/// <summary>The probes' one line of timings, shared as source so that both images carry the same code.</summary>
internal static class Timing
{
    /// <summary>
    /// Milliseconds since <c>AOTSIZE_T0_NS</c> (Unix time in nanoseconds, taken by ../measure.sh just before it starts the
    /// process): to <c>Main</c>, to the client constructed, to the first stream event, to the last one; and the number of events.
    /// </summary>
    public static string Report(DateTime main, DateTime client, DateTime? firstEvent, DateTime lastEvent, int events)
    {
        var t0 = long.TryParse(Environment.GetEnvironmentVariable("AOTSIZE_T0_NS"), NumberStyles.None, CultureInfo.InvariantCulture, out var ns)
            ? DateTime.UnixEpoch.AddTicks(ns / 100)
            : main;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"main_ms={(main - t0).TotalMilliseconds:F2} client_ms={(client - t0).TotalMilliseconds:F2} first_event_ms={((firstEvent ?? lastEvent) - t0).TotalMilliseconds:F2} last_event_ms={(lastEvent - t0).TotalMilliseconds:F2} events={events}");
    }
}
