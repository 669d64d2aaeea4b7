namespace BackgroundResponses.Tests.TestSupport;

/// <summary>
/// Tests that measure latency (cancellation p99) or force full garbage collections to read the live heap: they run
/// alone, so that one's forced collections do not show up as the other's pauses, and the rest of the suite's
/// parallel load does not either. The machine's own load still counts, as it should.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive (runs alone)";
}
