using BenchmarkDotNet.Running;

namespace BackgroundResponses.Benchmarks;

/// <summary><c>--quick</c> for the one-minute table (CI); anything else goes to BenchmarkDotNet.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            return await QuickMode.RunAsync(args);
        }

        if (args.Contains("--profile"))
        {
            return await ProfileMode.RunAsync();
        }

        if (args.Contains("--scale"))
        {
            var result = ScaleRun.Run(10_000, pollsUntilDone: 3);
            Console.WriteLine(result);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
