using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// <c>--scale-streams [--streams N,N…] [--ways w,w…] [--interval-ms MS]</c>: concurrent open background streams, ours and
/// openai-dotnet side by side in one run. Starts <see cref="StreamScaleServer"/> in a child process, then each way in
/// a child process of its own (<see cref="StreamScaleClient"/>), one after the other, and prints their results.
/// </summary>
internal static class StreamScaleRun
{
    public static readonly string[] AllWays = ["http", "sse", "ours-noidle", "ours", "openai", "http-h2", "ours-h2", "openai-h2"];

    public static async Task<IReadOnlyList<StreamScaleResult>> RunAsync(IReadOnlyList<int> streamCounts, IReadOnlyList<string> ways, TimeSpan interval, TimeSpan hold)
    {
        using var server = Start(["--serve", "--interval-ms", Ms(interval)], redirectInput: true);
        var line = await server.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The scale server ended before it listened.");
        if (!line.StartsWith("listening ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unexpected first line from the scale server: " + line);
        }

        var url = line["listening ".Length..].TrimEnd('/') + "/";
        var h2Line = await server.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("The scale server ended before it listened on HTTP/2.");
        if (!h2Line.StartsWith("listening-h2 ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Unexpected second line from the scale server: " + h2Line);
        }

        var h2Url = h2Line["listening-h2 ".Length..].TrimEnd('/') + "/";
        var results = new List<StreamScaleResult>();
        try
        {
            foreach (var streams in streamCounts)
            {
                foreach (var way in ways)
                {
                    var result = await RunClientAsync(way, way.EndsWith("-h2", StringComparison.Ordinal) ? h2Url : url, streams, interval, hold);
                    Console.WriteLine(result.ToTableRow());
                    results.Add(result);
                }
            }
        }
        finally
        {
            server.StandardInput.Close();
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await server.WaitForExitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill();
            }
        }

        return results;
    }

    public static void PrintSummary(IReadOnlyList<StreamScaleResult> results)
    {
        foreach (var group in results.GroupBy(r => r.Streams))
        {
            // The goal compares ours with openai-dotnet as it comes (HTTP/1.1); the HTTP/2 rows are compared with both.
            foreach (var (oursWay, officialWay) in new[] { ("ours", "openai"), ("ours-h2", "openai"), ("ours-h2", "openai-h2") })
            {
                var ours = group.FirstOrDefault(r => r.Way == oursWay);
                var official = group.FirstOrDefault(r => r.Way == officialWay);
                if (ours is null || official is null)
                {
                    continue;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"streams {group.Key:N0}: managed per stream {oursWay} / {officialWay} {ours.ManagedPerStream / official.ManagedPerStream:N2} (goal <= 0.3), " +
                    $"working set per stream {ours.WorkingSetPerStream / official.WorkingSetPerStream:N2} (goal <= 0.5)"));
            }
        }
    }

    public static string Header() =>
        $"| {"way",-12} | {"streams",8} | {"managed KiB/stream",18} | {"WS KiB/stream",13} | {"opened in s",11} | {"events",9} | {"all delivered",13} |" + Environment.NewLine +
        $"|{new string('-', 14)}|{new string('-', 10)}|{new string('-', 20)}|{new string('-', 15)}|{new string('-', 13)}|{new string('-', 11)}|{new string('-', 15)}|";

    private static async Task<StreamScaleResult> RunClientAsync(string way, string url, int streams, TimeSpan interval, TimeSpan hold)
    {
        using var client = Start(["--stream-client", way, "--url", url, "--streams", streams.ToString(CultureInfo.InvariantCulture), "--interval-ms", Ms(interval), "--hold-s", ((int)hold.TotalSeconds).ToString(CultureInfo.InvariantCulture)], redirectInput: false);
        var stderr = client.StandardError.ReadToEndAsync();
        string? resultLine = null;
        while (await client.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("result ", StringComparison.Ordinal))
            {
                resultLine = line;
            }
        }

        await client.WaitForExitAsync();
        var errors = await stderr;
        if (resultLine is null)
        {
            throw new InvalidOperationException($"The '{way}' client ended (exit code {client.ExitCode}) without a result: {errors}");
        }

        var result = StreamScaleResult.Parse(resultLine);
        if (client.ExitCode != 0)
        {
            throw new InvalidOperationException($"The '{way}' client lost events or failed: {resultLine} {errors}");
        }

        return result;
    }

    private static Process Start(string[] arguments, bool redirectInput)
    {
        // Run this same program again: as the apphost, or as `dotnet <dll>` when started that way.
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var info = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = redirectInput, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Workstation non-concurrent GC in the clients as in this process; each is measured alone.
        return Process.Start(info) ?? throw new InvalidOperationException("Could not start " + host);
    }

    private static string Ms(TimeSpan interval) => ((int)interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
}
