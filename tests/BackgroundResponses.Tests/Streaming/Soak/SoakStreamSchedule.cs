using BackgroundResponses.Tests.TestSupport.Network;

namespace BackgroundResponses.Tests.Streaming.Soak;

/// <summary>
/// The faults one soak stream meets, drawn from a seed of its own: 1 to 3 breaks (cut or reset) at event positions spread
/// over the stream, each at a random kind of position and byte (in a resume's response head, too); connections past the
/// last break may be delayed or stalled.
/// Connections of one stream come one after another, so the draws happen in the same order on every run.
/// </summary>
internal sealed class SoakStreamSchedule
{
    private readonly Lock _gate = new();
    private readonly FaultPlanner _planner;
    private readonly int[] _breakAt;
    private readonly int _events;
    private int _connections;

    public SoakStreamSchedule(int seed, int stream, int events)
    {
        _planner = new FaultPlanner(FaultPlanner.SeedFor(seed, stream));
        _events = events;

        // Absolute sequence numbers, one per equal slice of the stream, at least 4 events apart and 8 or more from the end.
        // A break lands in its mark's event or the next (FaultPlanner.MaxPlusBytes is less than an event; inside-a-character
        // may wait a few ASCII-only deltas more), and a mark already passed applies at once on the next connection, so
        // every break fires before the terminal event. The soak checks that each one did.
        var breaks = _planner.Next(1, 4);
        var slice = (events - 8) / breaks;
        _breakAt = [.. Enumerable.Range(0, breaks).Select(j => 1 + (j * slice) + _planner.Next(0, Math.Max(1, slice - 4)))];
    }

    public int Breaks => _breakAt.Length;

    /// <summary>The fault for the stream's next connection (the create, then each resume).</summary>
    public ProxyFault? Next(ProxyExchange exchange)
    {
        lock (_gate)
        {
            var first = exchange.StartingAfter is { } after ? after + 1 : 0;
            var index = _connections++;
            if (index < _breakAt.Length)
            {
                // The create must deliver its first event whole: it carries the response id, without which nothing can resume
                // (a create cut before it is an unknown outcome, by design). A resume may be cut anywhere, its headers too.
                var create = exchange.Method == "POST";
                return _planner.NextBreak(Math.Max(create ? 1 : 0, _breakAt[index] - first), orInHeaders: !create);
            }

            return _planner.NextNuisance(_events - first, TimeSpan.FromMilliseconds(30));
        }
    }
}
