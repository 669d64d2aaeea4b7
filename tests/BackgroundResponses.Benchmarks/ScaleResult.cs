namespace BackgroundResponses.Benchmarks;

/// <summary>What one poller scale run saw (heap figures in MB unless named otherwise).</summary>
internal sealed record ScaleResult(
    int Pollers,
    long Polls,
    TimeSpan Elapsed,
    double BaselineMb,
    double LiveSentMb,
    double LiveBytesPerSentPoller,
    double LiveInFlightMb,
    double LiveBytesPerPoller,
    long SecondPollsAtInFlightReading,
    double LiveDoneMb,
    double PeakHeapMb,
    int Collections,
    int CollectionsMissed,
    double BytesPerPoll,
    int ThreadsInFlight,
    long PendingInFlight,
    int PeakThreadPoolThreads,
    long PeakPendingWorkItems,
    int Gen2Collections)
{
    public override string ToString() =>
        $"scale: {Pollers:N0} concurrent PollUntilTerminalAsync, {Polls:N0} polls in {Elapsed.TotalSeconds:N2} s; " +
        $"live heap (forced full GC; baseline {BaselineMb:N1} MB) with every poller waiting for its first answer {LiveSentMb:N1} MB ({LiveBytesPerSentPoller:N0} B per poller), " +
        $"with every poller waiting to poll again {LiveInFlightMb:N1} MB ({LiveBytesPerPoller:N0} B per poller; {SecondPollsAtInFlightReading} second polls had started), after {LiveDoneMb:N1} MB; " +
        $"peak heap {PeakHeapMb:N1} MB (largest heap any of the run's {Collections} GCs started from{(CollectionsMissed > 0 ? $", {CollectionsMissed} GCs not seen" : string.Empty)}, and the heap at each phase boundary); " +
        $"{BytesPerPoll:N0} bytes allocated per poll; thread pool {ThreadsInFlight} threads / {PendingInFlight:N0} queued with all in flight, peak {PeakThreadPoolThreads} threads / {PeakPendingWorkItems:N0} queued; gen2 GCs {Gen2Collections}";
}
