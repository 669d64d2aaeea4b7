namespace BackgroundResponses.Tests.Streaming.Soak;

/// <summary>
/// The soak counts the process's sockets and managed bytes before and after its run, so it runs after the parallel tests
/// and alone: another test's connections or allocations would blur both numbers.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak (alone: counts sockets and heap)";
}
