namespace BackgroundResponses.Benchmarks;

/// <summary>What one scale run saw.</summary>
internal sealed record ScaleResult(
    int Pollers,
    long Polls,
    TimeSpan Elapsed,
    double PeakManagedGrowthMb,
    double PeakManagedMb,
    double PeakAfterGcMb,
    double LiveMidRunMb,
    double BytesPerPoll,
    int PeakThreadPoolThreads,
    long PeakPendingWorkItems,
    int Gen2Collections);
