using System.Net;
using System.Net.Sockets;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>Loopback addresses where nothing listens (refused at once) or where a listener accepts and never answers.</summary>
public static class DeadAddress
{
    // Bound but never listening: connecting is refused, and the port stays ours for the whole test run. A port that was
    // merely free a moment ago can be handed to another test's server running in parallel, which then answers.
    private static readonly Socket Reserved = Reserve();

    /// <summary>A loopback port held for the test run where nothing listens: connecting to it is refused.</summary>
    /// <returns>The address, with the <c>/v1/</c> path.</returns>
    public static Uri Refusing() => new($"http://127.0.0.1:{((IPEndPoint)Reserved.LocalEndPoint!).Port}/v1/");

    private static Socket Reserve()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
