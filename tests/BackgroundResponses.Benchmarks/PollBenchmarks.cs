using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>One poll of a completed response: the SDK against a hand-written GET and deserialisation.</summary>
[MemoryDiagnoser]
public class PollBenchmarks : ScenarioBenchmarks
{
    [Benchmark(Baseline = true)]
    public Task<ModelResponse> RetrieveAsync() => Scenarios.PollOursAsync();

    [Benchmark]
    public Task<ModelResponse> RawGetAndDeserialize() => Scenarios.PollRawAsync();
}
