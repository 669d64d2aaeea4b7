using System.Net;
using System.Text;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Polling;

/// <summary>An in-memory Responses API: answers GET /responses/{id} from a script (the last step repeats) and records every request with the fake time.</summary>
internal sealed class ScriptedPollingApi : HttpMessageHandler
{
    private readonly TimeProvider _time;
    private readonly Queue<Func<HttpResponseMessage>> _gets = new();
    private Func<HttpResponseMessage>? _last;
    private int _requestCount;

    public ScriptedPollingApi(TimeProvider time)
    {
        _time = time;
    }

    public List<(string Method, string Path, DateTimeOffset At)> Requests { get; } = [];

    public int RequestCount => Volatile.Read(ref _requestCount);

    public Func<HttpResponseMessage> OnCancel { get; set; } = () => Json(200, Body("cancelled"));

    public static string Body(string status, string id = "resp_1") =>
        $$"""{"id":"{{id}}","object":"response","created_at":1741290958,"status":"{{status}}","background":true,"output":[]}""";

    public static HttpResponseMessage Json(int status, string body, int? pollAfterMs = null, int? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (pollAfterMs is { } ms)
        {
            response.Headers.TryAddWithoutValidation("openai-poll-after-ms", ms.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (retryAfterSeconds is { } s)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return response;
    }

    public static HttpResponseMessage Error(int status) =>
        Json(status, """{"error":{"message":"scripted","type":"invalid_request_error","param":null,"code":null}}""");

    public static ResponsesClient Client(HttpMessageHandler handler, TimeProvider time) =>
        new(new HttpClient(handler), new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") }, loggerFactory: null, time);

    public ScriptedPollingApi Then(string status, int? pollAfterMs = null) => Then(() => Json(200, Body(status), pollAfterMs));

    public ScriptedPollingApi Then(Func<HttpResponseMessage> step)
    {
        _gets.Enqueue(step);
        return this;
    }

    public int Count(string method, string pathEnd)
    {
        // Read while the client under test may be sending (RunAsync's stopWhen polls this): under the same lock as the writer.
        lock (Requests)
        {
            return Requests.Count(r => r.Method == method && r.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (Requests)
        {
            Requests.Add((request.Method.Method, request.RequestUri!.AbsolutePath, _time.GetUtcNow()));
        }

        try
        {
            if (request.Method == HttpMethod.Post && request.RequestUri.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal))
            {
                return Task.FromResult(OnCancel());
            }

            _last = _gets.Count > 0 ? _gets.Dequeue() : _last ?? throw new InvalidOperationException("No script.");
            return Task.FromResult(_last());
        }
        finally
        {
            Interlocked.Increment(ref _requestCount);
        }
    }
}
