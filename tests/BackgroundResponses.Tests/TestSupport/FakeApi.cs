using System.Text.Json.Nodes;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>A WireMock server on loopback with helpers to stub the Responses endpoints and build clients against it.</summary>
public sealed class FakeApi : IDisposable
{
    public const string ApiKey = "sk-test-7f3a9c1e5b2d4f60a8e1";

    public FakeApi()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri Root => new(Server.Url!);

    public Uri V1 => new(Server.Url + "/v1/");

    public ResponsesClient CreateClient(Action<ResponsesClientOptions>? configure = null)
    {
        // Retries are off unless a test turns them on: most tests assert exactly what one call sends.
        var options = new ResponsesClientOptions { ApiKey = ApiKey, BaseAddress = V1, Retry = { MaxRetryAttempts = 0 } };
        configure?.Invoke(options);
        return new ResponsesClient(options);
    }

    public void Stub(string method, string path, int status, string? body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithBody(body).WithHeader("Content-Type", headers.Any(h => h.Name == "Content-Type") ? headers.First(h => h.Name == "Content-Type").Value : "application/json");
        }

        foreach (var (name, value) in headers.Where(h => h.Name != "Content-Type"))
        {
            response = response.WithHeader(name, value);
        }

        Server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(response);
    }

    public WireMock.IRequestMessage SingleRequest() => Assert.Single(Requests);

    public IReadOnlyList<WireMock.IRequestMessage> Requests => Server.LogEntries.Select(e => e.RequestMessage!).ToList();

    public static JsonNode? Json(string text) => JsonNode.Parse(text);

    public void Dispose() => Server.Stop();
}
