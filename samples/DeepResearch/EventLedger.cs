using BackgroundResponses;

namespace DeepResearch;

/// <summary>
/// Checks the events of one run across every start of the sample: each sequence number exactly once and in order, so a
/// resume that lost or repeated an event is caught rather than printed.
/// </summary>
public sealed class EventLedger
{
    private readonly List<string> _problems = [];

    /// <summary>Gets the sequence number of the last event seen, or <see langword="null"/> before the first.</summary>
    public int? Last { get; private set; }

    /// <summary>Gets how many events carried a sequence number.</summary>
    public int Count { get; private set; }

    /// <summary>Gets what went wrong, in order; empty when every event came once, in order.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Starts counting after a saved position, for a run resumed from an earlier process's token.</summary>
    /// <param name="lastSequenceNumber">The last event that process received.</param>
    public void StartAfter(int? lastSequenceNumber) => Last = lastSequenceNumber;

    /// <summary>Records one event.</summary>
    /// <param name="streamEvent">The event.</param>
    public void Record(ResponseStreamEvent streamEvent)
    {
        // A polled final response (the server would not stream again) has no sequence number and ends the run.
        if (streamEvent.SequenceNumber is not { } number)
        {
            return;
        }

        var expected = Last + 1 ?? 0;
        if (number != expected)
        {
            _problems.Add(number <= (Last ?? -1)
                ? $"event {number} ({streamEvent.Type}) arrived again after event {Last}"
                : $"events {expected}..{number - 1} were lost before event {number} ({streamEvent.Type})");
        }

        Last = number;
        Count++;
    }
}
