namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>A fault the proxy carried out, and exactly where.</summary>
/// <param name="Exchange">The request whose response it hit.</param>
/// <param name="Fault">The fault.</param>
/// <param name="ByteOffset">How many bytes of the response (head included) had been forwarded when it fired.</param>
/// <param name="EventsBefore">How many whole SSE events of the response had been forwarded when it fired.</param>
internal sealed record AppliedFault(ProxyExchange Exchange, ProxyFault Fault, long ByteOffset, int EventsBefore);
