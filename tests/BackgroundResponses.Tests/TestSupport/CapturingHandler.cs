using System.Net;
using System.Text;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>An in-memory handler that records every request and answers each with <see cref="Respond"/> (404 by default).</summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    public List<HttpRequestMessage> Requests { get; } = [];

    public Func<HttpRequestMessage, HttpResponseMessage> Respond { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.NotFound)
    {
        Content = new StringContent("""{"error":{"message":"not found","type":"invalid_request_error","param":null,"code":null}}""", Encoding.UTF8, "application/json"),
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request);
        return Task.FromResult(Respond(request));
    }
}
