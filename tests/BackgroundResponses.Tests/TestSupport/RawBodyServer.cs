using System.Net;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>Answers stream connection number <c>index</c> with exactly the bytes the test gives, as text/event-stream.</summary>
public sealed class RawBodyServer : HttpMessageHandler
{
    private readonly Func<int, byte[]> _body;

    public RawBodyServer(Func<int, byte[]> body)
    {
        _body = body;
    }

    public int Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(_body(Requests++));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
