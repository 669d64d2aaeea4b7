using System.Globalization;
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
            var result = ScaleRun.Run(Option(args, "--pollers", 10_000), pollsUntilDone: 3);
            Console.WriteLine(result);
            return 0;
        }

        if (args.Contains("--scale-streams"))
        {
            var counts = OptionList(args, "--streams", "3000,10000").Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
            var ways = OptionList(args, "--ways", string.Join(',', StreamScaleRun.AllWays));
            Console.WriteLine(StreamScaleRun.Header());
            var results = await StreamScaleRun.RunAsync(counts, ways, TimeSpan.FromMilliseconds(Option(args, "--interval-ms", 2_000)), TimeSpan.FromSeconds(Option(args, "--hold-s", 0)));
            StreamScaleRun.PrintSummary(results);
            return 0;
        }

        // The child processes of --scale-streams.
        if (args.Contains("--serve"))
        {
            return await StreamScaleServer.RunAsync(TimeSpan.FromMilliseconds(Option(args, "--interval-ms", 2_000)));
        }

        if (args.Contains("--stream-client"))
        {
            return await StreamScaleClient.RunAsync(
                args[Array.IndexOf(args, "--stream-client") + 1],
                new Uri(args[Array.IndexOf(args, "--url") + 1]),
                Option(args, "--streams", 1_000),
                TimeSpan.FromMilliseconds(Option(args, "--interval-ms", 2_000)),
                TimeSpan.FromSeconds(Option(args, "--hold-s", 0)));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    internal static int Option(string[] args, string name, int defaultValue) =>
        args.Contains(name) ? int.Parse(args[Array.IndexOf(args, name) + 1], CultureInfo.InvariantCulture) : defaultValue;

    private static string[] OptionList(string[] args, string name, string defaultValue) =>
        (args.Contains(name) ? args[Array.IndexOf(args, name) + 1] : defaultValue).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
