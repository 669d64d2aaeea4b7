using System.Diagnostics;

namespace BackgroundResponses.Benchmarks;

/// <summary>The quick mode's measurement: warmup, a few timed iterations, medians of time and allocated bytes.</summary>
internal static class Measure
{
    public static Sample Run(string name, Func<Task<int>> operation, int operationsPerIteration, int warmup, int iterations)
    {
        // At least `warmup` runs and half a second, so tiered JIT has promoted the hot path before timing starts.
        var warmupStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < warmup || Stopwatch.GetElapsedTime(warmupStart).TotalMilliseconds < 500; i++)
        {
            operation().GetAwaiter().GetResult();
        }

        var times = new double[iterations];
        var bytes = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            // Precise total across threads: async continuations may run on pool threads.
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            operation().GetAwaiter().GetResult();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            bytes[i] = GC.GetTotalAllocatedBytes(precise: true) - before;
        }

        return new Sample(name, Median(times), Median(bytes), operationsPerIteration);
    }

    /// <summary>
    /// Times several ways in rounds (each way once per round) after warming all of them up, so a burst of load
    /// from other processes on the shared machine, or JIT tiering still in progress, does not favour one way.
    /// </summary>
    public static Sample[] RunInterleaved((string Name, Func<Task<int>> Operation, int Operations)[] ways, int iterations, TimeSpan warmup)
    {
        var warmupStart = Stopwatch.GetTimestamp();
        for (var round = 0; round < 3 || Stopwatch.GetElapsedTime(warmupStart) < warmup; round++)
        {
            foreach (var way in ways)
            {
                way.Operation().GetAwaiter().GetResult();
            }
        }

        var times = ways.Select(_ => new double[iterations]).ToArray();
        var bytes = ways.Select(_ => new double[iterations]).ToArray();
        for (var i = 0; i < iterations; i++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var start = Stopwatch.GetTimestamp();
                ways[w].Operation().GetAwaiter().GetResult();
                times[w][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                bytes[w][i] = GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }

        return ways.Select((way, w) => new Sample(way.Name, Median(times[w]), Median(bytes[w]), way.Operations)).ToArray();
    }

    public static double Median(double[] values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
