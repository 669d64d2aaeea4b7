namespace BackgroundResponses.Testing;

/// <summary>How a faulted response ends.</summary>
internal enum ResponseFaultKind
{
    ErrorEvent,
    Failed,
    Incomplete,
}
