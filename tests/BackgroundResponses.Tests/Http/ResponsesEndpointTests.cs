using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Http;

public class ResponsesEndpointTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData("../files", "/v1/responses/..%2Ffiles")]
    [InlineData("a/b", "/v1/responses/a%2Fb")]
    [InlineData("x?y=1", "/v1/responses/x%3Fy%3D1")]
    [InlineData("%2e%2e", "/v1/responses/%252e%252e")]
    [InlineData("resp#frag", "/v1/responses/resp%23frag")]
    [InlineData("résp", "/v1/responses/r%C3%A9sp")]
    public void Response_EscapesTheIdIntoOneSegment(string id, string expectedPath)
    {
        var endpoint = new ResponsesEndpoint(new Uri("http://127.0.0.1:4010/v1"));

        var uri = endpoint.Response(id);

        Assert.Equal(expectedPath, uri.AbsolutePath);
        Assert.Equal(string.Empty, uri.Query);
        Assert.Equal(expectedPath + "/cancel", endpoint.Cancel(id).AbsolutePath);
    }

    [Theory]
    [InlineData("../files", "/v1/responses/..%2Ffiles")]
    [InlineData("a/b", "/v1/responses/a%2Fb")]
    [InlineData("x?y=1", "/v1/responses/x%3Fy%3D1")]
    [InlineData("%2e%2e", "/v1/responses/%252e%252e")]
    [InlineData("..%2Ffiles", "/v1/responses/..%252Ffiles")]
    public async Task HostileIds_GoOnTheWireAsOneEscapedSegment(string id, string expectedPath)
    {
        // The handler sees the request exactly as HttpClient writes it (request line = PathAndQuery),
        // before any server-side decoding could blur the picture.
        var handler = new CapturingHandler();
        using var http = new HttpClient(handler);
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri("http://127.0.0.1:4010/v1") });

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync(id));
        await Assert.ThrowsAsync<ResponsesApiException>(() => client.CancelAsync(id));
        await Assert.ThrowsAsync<ResponsesApiException>(() => client.DeleteAsync(id));

        Assert.Equal(
            [expectedPath, expectedPath + "/cancel", expectedPath],
            handler.Requests.Select(r => r.RequestUri!.PathAndQuery));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("resp 1")]
    [InlineData("resp\t1")]
    [InlineData("resp\n1")]
    [InlineData("resp\u00001")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task InvalidIds_AreRejectedBeforeAnyRequest(string id)
    {
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.RetrieveAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CancelAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => client.DeleteAsync(id));

        Assert.Equal("responseId", ex.ParamName);
        Assert.Empty(_api.Server.LogEntries);
    }

    [Fact]
    public async Task NullId_ThrowsArgumentNull()
    {
        var client = _api.CreateClient();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.RetrieveAsync(null!));
    }

    [Theory]
    [InlineData("relative/path")]
    public void RelativeBaseAddress_IsRejected(string address)
    {
        Assert.Throws<ArgumentException>(() => new ResponsesEndpoint(new Uri(address, UriKind.Relative)));
    }
}
