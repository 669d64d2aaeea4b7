using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>One whole generated stream (about 20,000 events) per operation, three ways, same bytes.</summary>
[MemoryDiagnoser]
public class DecodeBenchmarks : ScenarioBenchmarks
{
    [Benchmark(Baseline = true)]
    public Task<int> Ours() => Scenarios.DecodeOursAsync();

    [Benchmark]
    public Task<int> OpenAIDotnet() => Scenarios.DecodeOfficialAsync();

    [Benchmark]
    public Task<int> Floor() => Scenarios.DecodeFloorAsync();
}
