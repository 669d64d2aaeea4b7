using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Http;

public class ApiKeyRedactionTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task ErrorThatEchoesTheKey_NeverShowsItInMessageToStringOrBody()
    {
        var body = $$$"""{"error":{"message":"Incorrect API key provided: {{{FakeApi.ApiKey}}}. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":"{{{FakeApi.ApiKey}}}","code":"invalid_api_key"}}""";
        _api.Stub("GET", "/v1/responses/resp_x", 401, body);
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.DoesNotContain(FakeApi.ApiKey, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.RawBody!, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.ErrorMessage!, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, ex.Param!, StringComparison.Ordinal);
        Assert.Contains("[REDACTED]", ex.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_OfOptionsAndClient_NeverShowsTheKey()
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _api.V1, Organization = "org-1" };
        var client = new ResponsesClient(options);

        Assert.DoesNotContain(FakeApi.ApiKey, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("org-1", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, client.ToString()!, StringComparison.Ordinal);
    }
}
