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

    public static double Median(double[] values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
