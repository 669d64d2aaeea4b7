namespace BackgroundResponses.Testing;

/// <summary>What happens to a stream connection that takes a fault.</summary>
internal enum StreamFaultKind
{
    Drop,
    DropMidEvent,
    Stall,
}
