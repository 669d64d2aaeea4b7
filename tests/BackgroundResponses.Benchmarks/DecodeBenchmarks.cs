using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>One whole generated stream (about 20,000 events) per operation, three ways, same bytes.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks
{
    private Scenarios _scenarios = null!;

    [GlobalSetup]
    public void Setup() => _scenarios = new Scenarios();

    [GlobalCleanup]
    public void Cleanup() => _scenarios.Dispose();

    [Benchmark(Baseline = true)]
    public Task<int> Ours() => _scenarios.DecodeOursAsync();

    [Benchmark]
    public Task<int> OpenAIDotnet() => _scenarios.DecodeOfficialAsync();

    [Benchmark]
    public Task<int> Floor() => _scenarios.DecodeFloorAsync();
}
