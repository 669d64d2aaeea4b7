using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests;

public class RetrieveOptionsTests : IDisposable
{
    private const string CompletedBody = """{"id":"resp_123","object":"response","created_at":1741290958,"status":"completed","output":[]}""";

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task RetrieveAsync_WithOptions_SendsEscapedIncludesAndTheObfuscationFlag()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, CompletedBody);
        var client = _api.CreateClient();

        var response = await client.RetrieveAsync("resp_123", new ResponseRetrieveOptions
        {
            Include = [ResponseIncludable.ReasoningEncryptedContent, "x y&z"],
            IncludeObfuscation = false,
        });

        Assert.Equal(ResponseStatus.Completed, response.Status);
        var request = _api.SingleRequest();
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v1/responses/resp_123", request.AbsolutePath);
        Assert.Equal("?include[]=reasoning.encrypted_content&include[]=x%20y%26z&include_obfuscation=false", request.RawQuery);
    }

    [Fact]
    public async Task RetrieveAsync_WithNullOrEmptyOptions_SendsNoQuery()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, CompletedBody);
        var client = _api.CreateClient();

        await client.RetrieveAsync("resp_123", null);
        await client.RetrieveAsync("resp_123", new ResponseRetrieveOptions());

        Assert.All(_api.Requests, r => Assert.True(string.IsNullOrEmpty(r.RawQuery), r.RawQuery));
    }

    [Fact]
    public async Task RetrieveAsync_WithOptions_ValidatesAtTheCall_AndTypesErrors()
    {
        _api.Stub("GET", "/v1/responses/resp_404", 404, """{"error":{"message":"No response with id 'resp_404'.","type":"invalid_request_error","param":null,"code":null}}""");
        var client = _api.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.RetrieveAsync("resp_123", new ResponseRetrieveOptions { Include = [default] }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.RetrieveAsync(" ", new ResponseRetrieveOptions()));
        Assert.Empty(_api.Server.LogEntries);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_404", new ResponseRetrieveOptions { IncludeObfuscation = true }));
        Assert.Equal(404, ex.Status);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }
}
