namespace BackgroundResponses.Testing;

/// <summary>A fault for one stream connection: act once <see cref="Events"/> events have been written on it.</summary>
internal sealed record StreamFault(StreamFaultKind Kind, int Events, TimeSpan Duration);
