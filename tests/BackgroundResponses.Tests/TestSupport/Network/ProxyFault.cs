namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>
/// One fault for one HTTP exchange, applied to the server-to-client bytes of its response: once <see cref="AfterEvents"/>
/// whole SSE events and then <see cref="PlusBytes"/> more bytes have been forwarded, at the first position that is a
/// <see cref="Point"/> (for <see cref="CutPoint.InHeaders"/>: <see cref="PlusBytes"/> bytes into the response head).
/// </summary>
/// <param name="Kind">What happens there.</param>
/// <param name="Point">Which kind of position it waits for.</param>
/// <param name="AfterEvents">Whole events of this response to let through first.</param>
/// <param name="PlusBytes">Further bytes to let through before looking for <paramref name="Point"/>.</param>
/// <param name="Duration">How long a <see cref="ProxyFaultKind.Stall"/> lasts.</param>
internal sealed record ProxyFault(ProxyFaultKind Kind, CutPoint Point, int AfterEvents = 0, int PlusBytes = 0, TimeSpan Duration = default)
{
    /// <summary>Holds the whole response, head included, for <paramref name="duration"/> before its first byte.</summary>
    public static ProxyFault DelayHeaders(TimeSpan duration) => new(ProxyFaultKind.Stall, CutPoint.InHeaders, Duration: duration);

    /// <summary>Closes the connection cleanly at the first <paramref name="point"/> after <paramref name="afterEvents"/> events and <paramref name="plusBytes"/> bytes.</summary>
    public static ProxyFault Cut(CutPoint point, int afterEvents = 0, int plusBytes = 0) => new(ProxyFaultKind.Cut, point, afterEvents, plusBytes);

    /// <summary>Resets the connection at the first <paramref name="point"/> after <paramref name="afterEvents"/> events and <paramref name="plusBytes"/> bytes.</summary>
    public static ProxyFault Reset(CutPoint point, int afterEvents = 0, int plusBytes = 0) => new(ProxyFaultKind.Reset, point, afterEvents, plusBytes);

    /// <summary>Pauses the response for <paramref name="duration"/> at the first <paramref name="point"/> after <paramref name="afterEvents"/> events.</summary>
    public static ProxyFault Stall(TimeSpan duration, CutPoint point, int afterEvents = 0, int plusBytes = 0) => new(ProxyFaultKind.Stall, point, afterEvents, plusBytes, duration);

    /// <summary>Whether the fault ends the connection; after a stall it goes on, and back to the client's pool.</summary>
    public bool KillsConnection => Kind is ProxyFaultKind.Cut or ProxyFaultKind.Reset;
}
