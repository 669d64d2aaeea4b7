using System.Text.Json.Nodes;
using BackgroundResponses.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace BackgroundResponses.Tests;

public class ResponsesClientTests : IDisposable
{
    private const string QueuedBody = """{"id":"resp_123","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[],"usage":null,"metadata":{}}""";

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task CreateAsync_PostsExactJsonWithBackgroundTrue_AndReadsTheQueuedResponse()
    {
        _api.Stub("POST", "/v1/responses", 200, QueuedBody);
        var client = _api.CreateClient();

        var response = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Write a haiku." });

        Assert.Equal("resp_123", response.Id);
        Assert.Equal(ResponseStatus.Queued, response.Status);
        var request = _api.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1/responses", request.AbsolutePath);
        Assert.StartsWith("application/json", request.Headers!["Content-Type"].Single(), StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"model":"gpt-5.5","input":"Write a haiku.","background":true}"""),
            JsonNode.Parse(request.Body!)));
    }

    [Fact]
    public async Task CreateAsync_ForegroundSendsBackgroundFalseAndNeverStream()
    {
        _api.Stub("POST", "/v1/responses", 200, QueuedBody);
        var client = _api.CreateClient();

        await client.CreateAsync(new CreateResponseRequest { Model = "m" }, background: false);

        var body = JsonNode.Parse(_api.SingleRequest().Body!)!.AsObject();
        Assert.False(body["background"]!.GetValue<bool>());
        Assert.False(body.ContainsKey("stream"));
    }

    [Theory]
    [InlineData("background")]
    [InlineData("stream")]
    public async Task CreateAsync_FlagSmuggledThroughAdditionalProperties_IsRejectedBeforeSending(string name)
    {
        var client = _api.CreateClient();
        var request = new CreateResponseRequest { Model = "m" };
        request.AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement>
        {
            [name] = System.Text.Json.JsonDocument.Parse("false").RootElement,
        };

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => client.CreateAsync(request));

        Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        Assert.Empty(_api.Server.LogEntries);
    }

    [Fact]
    public async Task EveryCall_SendsAuthOrganizationProjectAndUserAgentHeaders()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, QueuedBody);
        var client = _api.CreateClient(o =>
        {
            o.Organization = "org-42";
            o.Project = "proj-7";
            o.ApplicationId = "my-app/1.2";
        });

        await client.RetrieveAsync("resp_123");

        var headers = _api.SingleRequest().Headers!;
        Assert.Equal($"Bearer {FakeApi.ApiKey}", headers["Authorization"].Single());
        Assert.Equal("org-42", headers["OpenAI-Organization"].Single());
        Assert.Equal("proj-7", headers["OpenAI-Project"].Single());
        var userAgent = string.Join(" ", headers["User-Agent"]);
        Assert.StartsWith("my-app/1.2 BackgroundResponses/", userAgent, StringComparison.Ordinal);
        Assert.Matches(@"BackgroundResponses/\d+\.\d+\.\d+", userAgent);
    }

    [Fact]
    public async Task OrganizationAndProject_AreNotSentWhenUnset()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, QueuedBody);
        var client = _api.CreateClient();

        await client.RetrieveAsync("resp_123");

        var headers = _api.SingleRequest().Headers!;
        Assert.False(headers.ContainsKey("OpenAI-Organization"));
        Assert.False(headers.ContainsKey("OpenAI-Project"));
    }

    [Fact]
    public async Task RetrieveAsync_GetsTheResponsePath()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, QueuedBody);
        var client = _api.CreateClient();

        var response = await client.RetrieveAsync("resp_123");

        Assert.Equal("resp_123", response.Id);
        Assert.Equal("GET", _api.SingleRequest().Method);
    }

    [Fact]
    public async Task CancelAsync_PostsWithoutBody_AndReadsTheRecordedCancelledResponse()
    {
        var recorded = TestFixtures.Read("recorded", "cancel.cancel-response.json");
        _api.Stub("POST", "/v1/responses/resp_0c2471d432a7d65c0068c9ef778ce4819385de6e2eda528b92/cancel", 200, recorded);
        var client = _api.CreateClient();

        var response = await client.CancelAsync("resp_0c2471d432a7d65c0068c9ef778ce4819385de6e2eda528b92");

        Assert.Equal(ResponseStatus.Cancelled, response.Status);
        Assert.True(response.Background);
        var request = _api.SingleRequest();
        Assert.Equal("POST", request.Method);
        Assert.True(string.IsNullOrEmpty(request.Body));
    }

    [Fact]
    public async Task DeleteAsync_SendsDelete()
    {
        _api.Stub("DELETE", "/v1/responses/resp_123", 200, """{"id":"resp_123","object":"response","deleted":true}""");
        var client = _api.CreateClient();

        await client.DeleteAsync("resp_123");

        Assert.Equal("DELETE", _api.SingleRequest().Method);
    }

    [Fact]
    public async Task DeleteAsync_UnknownId_ThrowsNotFound()
    {
        _api.Stub("DELETE", "/v1/responses/resp_missing", 404, """{"error":{"message":"Response with id 'resp_missing' not found.","type":"invalid_request_error","param":null,"code":null}}""");
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesApiException>(() => client.DeleteAsync("resp_missing"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("Response with id 'resp_missing' not found.", ex.ErrorMessage);
    }

    [Fact]
    public async Task GetInputItemsAsync_FollowsHasMoreWithTheLastIdAsCursor()
    {
        var page1 = """{"object":"list","data":[{"id":"msg_1","type":"message","role":"user","status":"completed","content":[{"type":"input_text","text":"one"}]},{"id":"msg_2","type":"message","role":"user","status":"completed","content":[{"type":"input_text","text":"two"}]}],"first_id":"msg_1","last_id":"msg_2","has_more":true}""";
        var page2 = """{"object":"list","data":[{"id":"msg_3","type":"message","role":"user","status":"completed","content":[{"type":"input_text","text":"three"}]}],"first_id":"msg_3","last_id":"msg_3","has_more":false}""";
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_123/input_items").WithParam("after", "msg_2").UsingGet())
            .AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(page2));
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_123/input_items").UsingGet())
            .AtPriority(2)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(page1));
        var client = _api.CreateClient();

        var ids = new List<string?>();
        await foreach (var item in client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { PageSize = 2, Order = ResponseItemOrder.Ascending, Include = [ResponseIncludable.MessageInputImageImageUrl] }))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(["msg_1", "msg_2", "msg_3"], ids);
        var requests = _api.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal("2", requests[0].Query!["limit"].Single());
        Assert.Equal("asc", requests[0].Query!["order"].Single());
        Assert.False(requests[0].Query!.ContainsKey("after"));
        Assert.Contains("include[]=message.input_image.image_url", requests[0].RawQuery, StringComparison.Ordinal);
        Assert.Equal("msg_2", requests[1].Query!["after"].Single());
    }

    [Fact]
    public void GetInputItemsAsync_FetchesNothingUntilEnumerated_AndValidatesEagerly()
    {
        var client = _api.CreateClient();

        var items = client.GetInputItemsAsync("resp_123");

        Assert.Empty(_api.Server.LogEntries);
        Assert.Throws<ArgumentOutOfRangeException>(() => client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { PageSize = 101 }));
        Assert.Throws<ArgumentException>(() => client.GetInputItemsAsync(" "));
        GC.KeepAlive(items);
    }

    [Fact]
    public async Task GetInputItemsAsync_EscapesIncludesAndSendsUnknownOrdersAsGiven()
    {
        _api.Stub("GET", "/v1/responses/resp_123/input_items", 200, """{"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false}""");
        var client = _api.CreateClient();

        await foreach (var item in client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { Order = new ResponseItemOrder("oldest first"), Include = [ResponseIncludable.FileSearchCallResults, "a&b=c"] }))
        {
            Assert.Fail("No item expected, got " + item.Id);
        }

        var request = _api.SingleRequest();
        Assert.Contains("order=oldest%20first", request.RawQuery, StringComparison.Ordinal);
        Assert.Contains("include[]=file_search_call.results&include[]=a%26b%3Dc", request.RawQuery, StringComparison.Ordinal);
        Assert.Equal("desc", ResponseItemOrder.Descending.Value);
        Assert.Equal("asc", ResponseItemOrder.Ascending.ToString());
    }

    [Fact]
    public void GetInputItemsAsync_RejectsAnEmptyOrderOrInclude_AtTheCall()
    {
        var client = _api.CreateClient();

        Assert.Throws<ArgumentException>(() => client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { Order = default(ResponseItemOrder) }));
        Assert.Throws<ArgumentException>(() => client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { Include = [ResponseIncludable.FileSearchCallResults, default] }));
        Assert.Throws<ArgumentException>(() => client.GetInputItemsAsync("resp_123", new ResponseInputItemsOptions { Include = [" "] }));
        Assert.Empty(_api.Server.LogEntries);
    }

    [Theory]
    [InlineData("", "/responses")]
    [InlineData("/", "/responses")]
    [InlineData("/v1", "/v1/responses")]
    [InlineData("/v1/", "/v1/responses")]
    [InlineData("/proxy/openai/v1", "/proxy/openai/v1/responses")]
    public async Task BaseAddress_WithOrWithoutTrailingSlash_JoinsToTheRightPath(string suffix, string expectedPath)
    {
        _api.Stub("POST", expectedPath, 200, QueuedBody);
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = new Uri(_api.Server.Url + suffix) });

        await client.CreateAsync(new CreateResponseRequest { Model = "m" });

        Assert.Equal(expectedPath, _api.SingleRequest().AbsolutePath);
        Assert.EndsWith("/", client.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_DefaultBaseAddress_IsOpenAiV1()
    {
        var client = new ResponsesClient(new ResponsesClientOptions { ApiKey = FakeApi.ApiKey });

        // Only compared, never called: tests stay on loopback.
        Assert.Equal(Uri.UriSchemeHttps, client.BaseAddress.Scheme);
        Assert.Equal("api.openai.com", client.BaseAddress.Host);
        Assert.Equal("/v1/", client.BaseAddress.AbsolutePath);
    }

    [Fact]
    public async Task HttpClientConstructor_UsesTheHttpClientBaseAddressWhenOptionsSetNone()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, QueuedBody);
        using var http = new HttpClient { BaseAddress = new Uri(_api.Server.Url + "/v1") };
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey });

        var response = await client.RetrieveAsync("resp_123");

        Assert.Equal("resp_123", response.Id);
    }

    [Fact]
    public void Constructor_WithoutAnyKey_FailsWithAClearMessage()
    {
        // Only meaningful where the environment holds no key; CI and developer machines here have none.
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ResponsesClientOptions.ApiKeyEnvironmentVariable)))
        {
            return;
        }

        var ex = Assert.Throws<InvalidOperationException>(() => new ResponsesClient(new ResponsesClientOptions()));

        Assert.Contains("OPENAI_API_KEY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_OfASlowCall_ThrowsOperationCanceledPromptly()
    {
        _api.Server.Given(Request.Create().WithPath("/v1/responses/resp_slow").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(QueuedBody).WithDelay(TimeSpan.FromSeconds(10)));
        var client = _api.CreateClient();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RetrieveAsync("resp_slow", cts.Token));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task EveryMethod_HonoursAnAlreadyCancelledToken()
    {
        var client = _api.CreateClient();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CreateAsync(new CreateResponseRequest { Model = "m" }, cancellationToken: cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.RetrieveAsync("resp_1", cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.CancelAsync("resp_1", cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.DeleteAsync("resp_1", cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in client.GetInputItemsAsync("resp_1", cancellationToken: cts.Token))
            {
                GC.KeepAlive(item);
            }
        });
        Assert.Empty(_api.Server.LogEntries);
    }

    [Fact]
    public async Task Success_WithMalformedBody_ThrowsSerializationErrorNamingWhatFailed()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, """{"id":"resp_123","created_at":"yesterday","status":"queued"}""");
        var client = _api.CreateClient();

        var ex = await Assert.ThrowsAsync<ResponsesSerializationException>(() => client.RetrieveAsync("resp_123"));

        Assert.Contains("ModelResponse", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GET /v1/responses/resp_123", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task Success_WithTruncatedBody_ThrowsSerializationError()
    {
        _api.Stub("GET", "/v1/responses/resp_123", 200, """{"id":"resp_123","status":"que""");
        var client = _api.CreateClient();

        await Assert.ThrowsAsync<ResponsesSerializationException>(() => client.RetrieveAsync("resp_123"));
    }

    [Fact]
    public async Task Mockable_VirtualMembersCanBeOverridden()
    {
        ResponsesClient client = new StubClient();

        var response = await client.RetrieveAsync("resp_any");

        Assert.Equal("resp_any", response.Id);
    }

    private sealed class StubClient : ResponsesClient
    {
        public override Task<ModelResponse> RetrieveAsync(string responseId, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ModelResponse { Id = responseId, Status = ResponseStatus.Completed });
    }
}
