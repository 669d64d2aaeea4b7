using System.Net;
using System.Text;

namespace BackgroundResponses.Azure.Tests.TestSupport;

/// <summary>
/// Stands in front of the fake server as Azure would: records each request's <c>Authorization</c> header and answers
/// 401 (without passing it on) when <see cref="Accepts"/> refuses the token.
/// </summary>
public sealed class AuthGate(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private readonly List<(string Method, string Path, string? Authorization, int Status)> _seen = [];

    public Func<string?, bool> Accepts { get; set; } = authorization => authorization is not null;

    public IReadOnlyList<(string Method, string Path, string? Authorization, int Status)> Seen
    {
        get
        {
            lock (_seen)
            {
                return [.. _seen];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.TryGetValues("Authorization", out var values) ? values.Single() : null;
        var path = request.RequestUri!.PathAndQuery;
        if (!Accepts(authorization))
        {
            Record(request.Method.Method, path, authorization, 401);

            // Azure's answer to an expired token, which does not echo it.
            return new HttpResponseMessage(HttpStatusCode.Unauthorized)
            {
                RequestMessage = request,
                Content = new StringContent(
                    """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}""", Encoding.UTF8, "application/json"),
            };
        }

        var response = await base.SendAsync(request, cancellationToken);
        Record(request.Method.Method, path, authorization, (int)response.StatusCode);
        return response;
    }

    private void Record(string method, string path, string? authorization, int status)
    {
        lock (_seen)
        {
            _seen.Add((method, path, authorization, status));
        }
    }
}
