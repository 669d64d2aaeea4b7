using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Http;

public class ResponsesApiExceptionTests : IDisposable
{
    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Theory]
    [InlineData(400, "invalid_request_error", "invalid_request_error", "stream", "This response cannot be streamed because it was not created with background=true.")]
    [InlineData(401, "invalid_request_error", "invalid_api_key", null, "Incorrect API key provided.")]
    [InlineData(404, "invalid_request_error", null, null, "Response with id 'resp_x' not found.")]
    [InlineData(409, "conflict_error", "conflict", null, "The resource was updated by another request.")]
    [InlineData(429, "requests", "rate_limit_exceeded", null, "Rate limit reached for requests.")]
    [InlineData(500, "server_error", null, null, "The server had an error while processing your request.")]
    public async Task ErrorStatus_MapsEveryFieldOfTheErrorBody(int status, string type, string? code, string? param, string message)
    {
        var body = $$$"""{"error":{"message":{{{Quote(message)}}},"type":{{{Quote(type)}}},"param":{{{Quote(param)}}},"code":{{{Quote(code)}}}}}""";
        _api.Stub("GET", "/v1/responses/resp_x", status, body, ("x-request-id", "req_abc123"));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.Equal(status, ex.Status);
        Assert.Equal(message, ex.ErrorMessage);
        Assert.Equal(type, ex.ErrorType);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(param, ex.Param);
        Assert.Equal("req_abc123", ex.RequestId);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("req_abc123", ex.Message, StringComparison.Ordinal);
        Assert.Equal(body, ex.RawBody);
        Assert.IsAssignableFrom<ResponsesException>(ex);
    }

    [Fact]
    public async Task Message_NamesTheCall_ThenStatusMessageTypeCodeAndRequestId()
    {
        _api.Stub("GET", "/v1/responses/resp_1", 404, """{"error":{"message":"No response found with id 'resp_1'.","type":"invalid_request_error","param":null,"code":"not_found"}}""", ("x-request-id", "req_42"));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(
            "GET /v1/responses/resp_1 → HTTP 404: No response found with id 'resp_1'. (type: invalid_request_error, code: not_found, request id: req_42)",
            ex.Message);
        Assert.Equal("GET", ex.RequestMethod);
        Assert.Equal("/v1/responses/resp_1", ex.RequestPath);
    }

    [Fact]
    public async Task NotFound_FromABaseAddressWithoutV1_SaysSo()
    {
        // An easy mistake with WireMock or a proxy: the root instead of the API's /v1. WireMock answers its own 404.
        var client = _api.CreateClient(o => o.BaseAddress = _api.Root);

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(404, ex.Status);
        Assert.StartsWith("GET /responses/resp_1 → HTTP 404", ex.Message, StringComparison.Ordinal);
        Assert.Contains("does ResponsesClientOptions.BaseAddress end with /v1?", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_NeverCarriesTheQuery()
    {
        _api.Stub("GET", "/v1/responses/resp_1/input_items", 400, """{"error":{"message":"bad cursor","type":"invalid_request_error","param":"after","code":null}}""");
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(async () =>
        {
            await foreach (var item in client.GetInputItemsAsync("resp_1", new ResponseInputItemsOptions { After = "msg_private_cursor" }))
            {
                GC.KeepAlive(item);
            }
        });

        Assert.StartsWith("GET /v1/responses/resp_1/input_items → HTTP 400: bad cursor", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("msg_private_cursor", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "7", 7000)]
    [InlineData("Retry-After", "2.5", 2500)]
    public async Task TooManyRequests_CarriesTheRetryDelay(string header, string value, int expectedMs)
    {
        _api.Stub("POST", "/v1/responses", 429, """{"error":{"message":"Slow down","type":"requests","param":null,"code":"rate_limit_exceeded"}}""", (header, value));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }));

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ex.RetryAfter);
    }

    [Fact]
    public async Task TooManyRequests_WithAnHttpDateRetryAfter_CarriesARoughDelay()
    {
        var date = DateTimeOffset.UtcNow.AddSeconds(30).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        _api.Stub("GET", "/v1/responses/resp_x", 429, "{}", ("Retry-After", date));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.InRange(ex.RetryAfter!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task NonJsonErrorBody_StillGivesTheApiExceptionWithASnippet()
    {
        var html = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";
        _api.Stub("GET", "/v1/responses/resp_x", 502, html, ("Content-Type", "text/html"));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.Equal(502, ex.Status);
        Assert.Null(ex.ErrorType);
        Assert.Equal(html, ex.RawBody);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public async Task EmptyErrorBody_GivesTheApiException()
    {
        _api.Stub("GET", "/v1/responses/resp_x", 503, null);
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.Equal(503, ex.Status);
        Assert.Null(ex.RawBody);
    }

    [Fact]
    public async Task HugeErrorBody_IsReadOnlyUpToABound()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        _api.Stub("GET", "/v1/responses/resp_x", 500, huge, ("Content-Type", "text/plain"));
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.InRange(ex.RawBody!.Length, 1, 4096);
    }

    [Fact]
    public async Task ErrorWithNonStringCodeAndParam_IsStillMapped()
    {
        _api.Stub("GET", "/v1/responses/resp_x", 400, """{"error":{"message":"bad","type":"invalid_request_error","param":["a"],"code":400}}""");
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_x"));

        Assert.Equal("400", ex.ErrorCode);
        Assert.Equal("""["a"]""", ex.Param);
    }

    private static string Quote(string? value) => value is null ? "null" : System.Text.Json.JsonSerializer.Serialize(value, TestJson.Default.String);
}
