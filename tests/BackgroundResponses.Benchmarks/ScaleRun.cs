using System.Diagnostics;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// Thousands of concurrent <c>PollUntilTerminalAsync</c> calls against the in-memory handler. The heap is read
/// deterministically: at phase boundaries (baseline, every poller waiting for its first answer, every poller waiting
/// to poll again, all done) with a forced full collection,
/// and at every collection the runtime makes during the run (<see cref="GcWatch"/>), so the peak is the largest heap
/// any collection started from, not what a sampler happened to see. The thread pool is read at the same boundaries.
/// </summary>
internal static class ScaleRun
{
    public static ScaleResult Run(int pollers, int pollsUntilDone)
    {
        using var scenarios = new Scenarios(new InMemoryHandler { PollsUntilDone = pollsUntilDone });
        // The first wait is long enough to read the heap while every poller sits in it; the rest are short.
        var options = new PollingOptions
        {
            Delay = TimeSpan.FromMilliseconds(1_000),
            MaxDelay = TimeSpan.FromMilliseconds(1_000),
            MinDelay = TimeSpan.FromMilliseconds(1),
            BackoffFactor = 1,
            UseJitter = false,
        };
        var warmup = new PollingOptions { Delay = TimeSpan.FromMilliseconds(1), MinDelay = TimeSpan.FromMilliseconds(1), UseJitter = false };

        // Warm the pipeline up so JIT and first-use costs are not counted as scale.
        scenarios.Ours.PollUntilTerminalAsync("resp_warmup", warmup).GetAwaiter().GetResult();
        var pollsBefore = scenarios.Handler.TotalPolls;

        // Phase 0: the baseline.
        var baseline = FullCollection();

        // The thread pool's queue and thread count, sampled, only to show starvation (a queue that keeps growing, a
        // climbing thread count); the heap figures below do not depend on it.
        long peakPending = 0;
        var peakThreads = ThreadPool.ThreadCount;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakPending = Math.Max(peakPending, ThreadPool.PendingWorkItemCount);
                peakThreads = Math.Max(peakThreads, ThreadPool.ThreadCount);
                Thread.Sleep(2);
            }
        }) { IsBackground = true, Name = "scale thread-pool sampler" };
        sampler.Start();

        var watch = GcWatch.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var gen2Before = GC.CollectionCount(2);
        var start = Stopwatch.GetTimestamp();
        var tasks = new Task<ModelResponse>[pollers];
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scenarios.Handler.Hold = hold.Task;
        for (var i = 0; i < pollers; i++)
        {
            tasks[i] = scenarios.Ours.PollUntilTerminalAsync("resp_" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), options);
        }

        // Phase 1: every poller has sent its first poll and waits for the answer (the handler holds them all).
        var sentHeap = GC.GetTotalMemory(forceFullCollection: false);
        var sentLive = FullCollection();
        hold.SetResult();

        // Phase 2: every poller has its first answer (in progress) and sits in its 1-second wait for the next poll.
        while (scenarios.Handler.TotalPolls - pollsBefore < pollers)
        {
            Thread.Sleep(1);
        }

        var inFlightHeap = GC.GetTotalMemory(forceFullCollection: false);
        var inFlightLive = FullCollection();
        var secondPollsStarted = scenarios.Handler.TotalPolls - pollsBefore - pollers;
        var inFlightThreads = ThreadPool.ThreadCount;
        var inFlightPending = ThreadPool.PendingWorkItemCount;

        Task.WaitAll(tasks);
        var elapsed = Stopwatch.GetElapsedTime(start);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        stop.Cancel();
        sampler.Join();

        // Phase 3: all done.
        var doneHeap = GC.GetTotalMemory(forceFullCollection: false);
        var (peakBeforeGc, collections, missed) = watch.Stop();
        var doneLive = FullCollection();

        var polls = scenarios.Handler.TotalPolls - pollsBefore;
        if (tasks.Any(t => t.Result.Status != ResponseStatus.Completed))
        {
            throw new InvalidOperationException("A poller ended on a non-terminal response.");
        }

        const double Mb = 1024.0 * 1024.0;
        var peak = Math.Max(Math.Max(peakBeforeGc, sentHeap), Math.Max(inFlightHeap, doneHeap));
        return new ScaleResult(pollers, polls, elapsed, baseline / Mb, sentLive / Mb, (sentLive - baseline) / (double)pollers, inFlightLive / Mb, (inFlightLive - baseline) / (double)pollers, secondPollsStarted, doneLive / Mb,
            peak / Mb, collections, missed, allocated / (double)polls, inFlightThreads, inFlightPending, peakThreads, peakPending, gen2);
    }

    private static long FullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>
    /// Reads every collection: an unreachable object whose finalizer runs after each GC that finds it, reads
    /// <see cref="GC.GetGCMemoryInfo(GCKind)"/> (the heap each generation had when that GC started) and re-arms with a
    /// new object. GC indexes are consecutive, so a collection it did not see (two before the finalizer ran) is counted.
    /// </summary>
    private sealed class GcWatch
    {
        private long _peakBefore;
        private long _lastIndex;
        private int _seen;
        private int _missed;
        private volatile bool _stopped;

        public static GcWatch Start()
        {
            var watch = new GcWatch { _lastIndex = GC.GetGCMemoryInfo(GCKind.Any).Index };
            _ = new Sentinel(watch);
            return watch;
        }

        public (long PeakBeforeGc, int Collections, int Missed) Stop()
        {
            _stopped = true;
            GC.WaitForPendingFinalizers();
            lock (this)
            {
                return (_peakBefore, _seen, _missed);
            }
        }

        private void Observe()
        {
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            lock (this)
            {
                if (info.Index <= _lastIndex)
                {
                    return;
                }

                _missed += (int)(info.Index - _lastIndex - 1);
                _lastIndex = info.Index;
                _seen++;
                long before = 0;
                foreach (var generation in info.GenerationInfo)
                {
                    before += generation.SizeBeforeBytes;
                }

                _peakBefore = Math.Max(_peakBefore, before);
            }
        }

        private sealed class Sentinel(GcWatch watch)
        {
            ~Sentinel()
            {
                if (watch._stopped || Environment.HasShutdownStarted)
                {
                    return;
                }

                watch.Observe();
                _ = new Sentinel(watch);
            }
        }
    }
}
