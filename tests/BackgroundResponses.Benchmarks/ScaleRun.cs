using System.Diagnostics;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// Thousands of concurrent <c>PollUntilTerminalAsync</c> calls against the in-memory handler, with a sampler
/// watching managed memory and the thread pool so starvation (a growing queue, a climbing thread count) shows.
/// </summary>
internal static class ScaleRun
{
    public static ScaleResult Run(int pollers, int pollsUntilDone)
    {
        using var scenarios = new Scenarios(new InMemoryHandler { PollsUntilDone = pollsUntilDone });
        var options = new PollingOptions
        {
            Delay = TimeSpan.FromMilliseconds(10),
            MaxDelay = TimeSpan.FromMilliseconds(20),
            MinDelay = TimeSpan.FromMilliseconds(1),
            UseJitter = false,
        };

        // Warm the pipeline up so JIT and first-use costs are not counted as scale.
        scenarios.Ours.PollUntilTerminalAsync("resp_warmup", options).GetAwaiter().GetResult();
        var pollsBefore = scenarios.Handler.TotalPolls;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: false);
        long peakMemory = baseline;
        long peakPending = 0;
        long peakAfterGc = 0;
        long liveMidRun = 0;
        var runStart = Stopwatch.GetTimestamp();
        var peakThreads = ThreadPool.ThreadCount;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakMemory = Math.Max(peakMemory, GC.GetTotalMemory(forceFullCollection: false));
                peakPending = Math.Max(peakPending, ThreadPool.PendingWorkItemCount);

                // The heap right after the latest collection: what the pollers keep alive, without garbage awaiting gen0.
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                peakAfterGc = Math.Max(peakAfterGc, info.HeapSizeBytes - info.FragmentedBytes);

                // Once, while every poller is mid-flight: a full blocking collection measures the true live set.
                if (liveMidRun == 0 && Stopwatch.GetElapsedTime(runStart).TotalMilliseconds > 300)
                {
                    liveMidRun = GC.GetTotalMemory(forceFullCollection: true);
                }

                peakThreads = Math.Max(peakThreads, ThreadPool.ThreadCount);
                Thread.Sleep(2);
            }
        }) { IsBackground = true, Name = "scale sampler" };
        sampler.Start();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen2Before = GC.CollectionCount(2);
        var start = Stopwatch.GetTimestamp();
        var tasks = new Task<ModelResponse>[pollers];
        for (var i = 0; i < pollers; i++)
        {
            tasks[i] = scenarios.Ours.PollUntilTerminalAsync("resp_" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), options);
        }

        Task.WaitAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        stop.Cancel();
        sampler.Join();

        var polls = scenarios.Handler.TotalPolls - pollsBefore;
        if (tasks.Any(t => t.Result.Status != ResponseStatus.Completed))
        {
            throw new InvalidOperationException("A poller ended on a non-terminal response.");
        }

        return new ScaleResult(pollers, polls, elapsed, (peakMemory - baseline) / 1024.0 / 1024.0, peakMemory / 1024.0 / 1024.0, peakAfterGc / 1024.0 / 1024.0, liveMidRun / 1024.0 / 1024.0,
            allocated / (double)polls, peakThreads, peakPending, GC.CollectionCount(2) - gen2Before);
    }
}
