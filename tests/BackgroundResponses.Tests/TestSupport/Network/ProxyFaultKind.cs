namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>What a <see cref="FaultProxy"/> does to a connection at the point a <see cref="ProxyFault"/> names.</summary>
internal enum ProxyFaultKind
{
    /// <summary>Closes the connection cleanly (FIN) after the bytes before the point.</summary>
    Cut,

    /// <summary>Aborts the connection (RST: linger on with a zero timeout, then close).</summary>
    Reset,

    /// <summary>Stops forwarding the server's bytes for <see cref="ProxyFault.Duration"/>, then goes on.</summary>
    Stall,
}
