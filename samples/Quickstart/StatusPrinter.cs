using System.Diagnostics;
using BackgroundResponses;

namespace Quickstart;

/// <summary>
/// Prints each status change as the SDK reports it. Implemented by hand rather than with <see cref="Progress{T}"/>,
/// which posts to the thread pool: its lines could arrive late or out of order after the wait has returned.
/// </summary>
internal sealed class StatusPrinter(LiveConsole console) : IProgress<ModelResponse>
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public void Report(ModelResponse value) =>
        console.Line($"status: {value.Status,-12} (+{_elapsed.Elapsed.TotalSeconds:0.0} s)");
}
