using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// The real recorded background stream (336 events, 87 KB, from the live API) decoded by <c>StreamAsync</c>, one
/// whole stream per operation. The generated stream measures scale; this one guards against a model change that
/// slows down the shapes the service really sends (null-valued settings, the full response in <c>response.completed</c>).
/// </summary>
[MemoryDiagnoser]
public class RecordedDecodeBenchmarks
{
    private const int RecordedEventCount = 336;
    private Scenarios _scenarios = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "recorded", "background-stream.sse");
        _scenarios = new Scenarios(new InMemoryHandler { StreamBody = File.ReadAllBytes(path) });

        // A decode that stopped early would look fast: make sure every recorded event comes out.
        var decoded = _scenarios.DecodeOursAsync().GetAwaiter().GetResult();
        if (decoded != RecordedEventCount)
        {
            throw new InvalidOperationException($"Decoded {decoded} events of the recorded stream; expected {RecordedEventCount}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _scenarios.Dispose();

    [Benchmark(Baseline = true)]
    public Task<int> Ours() => _scenarios.DecodeOursAsync();

    // The official client on the same bytes: under load on a shared machine, the ratio moves far less than the times.
    [Benchmark]
    public Task<int> OpenAIDotnet() => _scenarios.DecodeOfficialAsync();
}
