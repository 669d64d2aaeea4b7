using System.Net;
using System.Text;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>An in-memory transport that answers the n-th request with the n-th scripted step (the last step repeats) and counts requests.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] _steps;
    private int _count;

    public ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] steps)
    {
        _steps = steps;
    }

    public int Count => Volatile.Read(ref _count);

    public List<HttpRequestMessage> Requests { get; } = [];

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string? body = null, params (string Name, string Value)[] headers) =>
        (_, _) =>
        {
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(body ?? """{"id":"resp_1","object":"response","created_at":1,"status":"queued","output":[]}""", Encoding.UTF8, "application/json"),
            };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.FromResult(response);
        };

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Throw(Exception exception) =>
        (_, _) => Task.FromException<HttpResponseMessage>(exception);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        lock (Requests)
        {
            Requests.Add(request);
        }

        return _steps[Math.Min(index, _steps.Length - 1)](request, cancellationToken);
    }
}
