using System.Net;
using System.Text;
using System.Web;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>
/// An in-memory Responses API for stream tests: serves a list of events on <c>POST /responses</c> (stream) and
/// <c>GET /responses/{id}?stream=true&amp;starting_after=N</c>, cutting each connection as the test scripts it, and answers plain
/// <c>GET /responses/{id}</c> with <see cref="RetrieveBody"/>.
/// </summary>
public sealed class InMemoryStreamingServer : HttpMessageHandler
{
    public InMemoryStreamingServer(IReadOnlyList<SseEventData> events)
    {
        Events = events;
    }

    public IReadOnlyList<SseEventData> Events { get; }

    /// <summary>Gets or sets the line ending of the framed events.</summary>
    public string Newline { get; set; } = "\n";

    /// <summary>Gets or sets the chunk size bodies are served in (1 = byte by byte).</summary>
    public int ChunkSize { get; set; } = 4096;

    /// <summary>
    /// Gets or sets where connection number <c>index</c> (0-based over stream connections) is cut, as a byte offset in its own body,
    /// and how; <see langword="null"/> serves the body whole.
    /// </summary>
    public Func<int, (int? CutAt, CutKind Kind)> Cut { get; set; } = _ => (null, CutKind.CleanEnd);

    /// <summary>Gets or sets an answer that replaces stream connection number <c>index</c> (for example a 400), or null.</summary>
    public Func<int, HttpResponseMessage?> Override { get; set; } = _ => null;

    /// <summary>Gets or sets the JSON answered to a plain retrieve.</summary>
    public Func<int, string> RetrieveBody { get; set; } = _ => """{"id":"resp_1","object":"response","created_at":1,"status":"completed","output":[]}""";

    public List<HttpRequestMessage> Requests { get; } = [];

    public List<string?> RequestBodies { get; } = [];

    public List<ScriptedBodyStream> Bodies { get; } = [];

    public int StreamConnections { get; private set; }

    public int Retrievals { get; private set; }

    public IEnumerable<string?> StartingAfterValues =>
        Requests.Where(IsStream).Select(r => HttpUtility.ParseQueryString(r.RequestUri!.Query)["starting_after"]);

    public byte[] Body(int? startingAfter) =>
        RecordedStream.Frame(Events.Where(e => startingAfter is null || e.SequenceNumber > startingAfter), Newline);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Requests)
        {
            Requests.Add(request);
        }

        RequestBodies.Add(request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken));
        if (!IsStream(request))
        {
            return Json(HttpStatusCode.OK, RetrieveBody(Retrievals++));
        }

        var index = StreamConnections++;
        if (Override(index) is { } answer)
        {
            return answer;
        }

        var query = HttpUtility.ParseQueryString(request.RequestUri!.Query);
        int? after = query["starting_after"] is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var (cutAt, kind) = Cut(index);
        var body = new ScriptedBodyStream(Body(after), cutAt, kind, ChunkSize);
        Bodies.Add(body);
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static bool IsStream(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/responses", StringComparison.Ordinal)
        || request.RequestUri!.Query.Contains("stream=true", StringComparison.Ordinal);
}
