using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace BackgroundResponses.AotSmoke;

/// <summary>Answers stream requests with the recorded live stream and a create with a queued response.</summary>
internal sealed class RecordedStreamHandler(byte[] sse) : HttpMessageHandler
{
    public string LastRequestBody { get; private set; } = string.Empty;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            LastRequestBody = await request.Content.ReadAsStringAsync(cancellationToken);
        }

        if (request.Method == HttpMethod.Post)
        {
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"id":"resp_aot","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""", Encoding.UTF8, "application/json"),
            };
        }

        var content = new ByteArrayContent(sse);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
