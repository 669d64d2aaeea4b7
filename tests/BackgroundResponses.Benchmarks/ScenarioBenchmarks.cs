using BenchmarkDotNet.Attributes;

namespace BackgroundResponses.Benchmarks;

/// <summary>The shared in-memory scenarios, set up once per benchmark class and torn down after it.</summary>
public abstract class ScenarioBenchmarks
{
    private protected Scenarios Scenarios { get; private set; } = null!;

    [GlobalSetup]
    public void Setup() => Scenarios = new Scenarios();

    [GlobalCleanup]
    public void Cleanup() => Scenarios.Dispose();
}
