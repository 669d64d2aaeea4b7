using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMockResponse = WireMock.ResponseBuilders.Response;

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
    [InlineData("../files")]
    [InlineData("a/b")]
    [InlineData("x?y=1")]
    [InlineData("%2e%2e")]
    [InlineData("..%2Ffiles")]
    public async Task HostileIds_NeverReachAnotherEndpoint(string id)
    {
        // Anything outside /v1/responses/<one segment> answers 418, so a path escape would be visible.
        _api.Server.Given(Request.Create().UsingAnyMethod()).AtPriority(10)
            .RespondWith(WireMockResponse.Create().WithStatusCode(418));
        _api.Server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher(@"^/v1/responses/[^/]+(/cancel)?$")).UsingAnyMethod()).AtPriority(1)
            .RespondWith(WireMockResponse.Create().WithStatusCode(404).WithBody("""{"error":{"message":"not found","type":"invalid_request_error","param":null,"code":null}}"""));
        using var client = _api.CreateClient();

        var retrieve = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync(id));
        var cancel = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CancelAsync(id));
        var delete = await Assert.ThrowsAsync<ResponsesApiException>(() => client.DeleteAsync(id));

        Assert.All([retrieve, cancel, delete], ex => Assert.Equal(404, ex.Status));
        Assert.All(_api.Requests, r => Assert.StartsWith("/v1/responses/", r.Url[_api.Server.Url!.Length..], StringComparison.Ordinal));
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
        using var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.RetrieveAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CancelAsync(id));
        await Assert.ThrowsAsync<ArgumentException>(() => client.DeleteAsync(id));

        Assert.Equal("responseId", ex.ParamName);
        Assert.Empty(_api.Server.LogEntries);
    }

    [Fact]
    public async Task NullId_ThrowsArgumentNull()
    {
        using var client = _api.CreateClient();

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.RetrieveAsync(null!));
    }

    [Theory]
    [InlineData("relative/path")]
    public void RelativeBaseAddress_IsRejected(string address)
    {
        Assert.Throws<ArgumentException>(() => new ResponsesEndpoint(new Uri(address, UriKind.Relative)));
    }
}
