using System.Net;
using System.Net.Sockets;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>Loopback addresses where nothing listens (refused at once) or where a listener accepts and never answers.</summary>
public static class DeadAddress
{
    /// <summary>A loopback port that was free a moment ago: connecting to it is refused.</summary>
    public static Uri Refusing()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1/");
    }
}
