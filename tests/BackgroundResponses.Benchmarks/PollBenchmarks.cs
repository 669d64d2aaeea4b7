using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>One poll of a completed response: the SDK against a hand-written GET and deserialisation.</summary>
[MemoryDiagnoser]
public class PollBenchmarks
{
    private Scenarios _scenarios = null!;

    [GlobalSetup]
    public void Setup() => _scenarios = new Scenarios();

    [GlobalCleanup]
    public void Cleanup() => _scenarios.Dispose();

    [Benchmark(Baseline = true)]
    public Task<Response> RetrieveAsync() => _scenarios.PollOursAsync();

    [Benchmark]
    public Task<Response> RawGetAndDeserialize() => _scenarios.PollRawAsync();
}
