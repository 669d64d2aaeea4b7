using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Authentication;

/// <summary>Requests signed with bearer tokens: one fetch for many, a refused token replaced, a create never sent twice.</summary>
public class BearerTokenRequestTests
{
    private const string Queued = """{"id":"resp_1","object":"response","created_at":1764500000,"status":"queued","background":true,"output":[]}""";
    private const string Completed = """{"id":"resp_1","object":"response","created_at":1764500000,"status":"completed","background":true,"output":[]}""";

    [Fact]
    public async Task ManyConcurrentRequests_FetchOneToken()
    {
        var server = new TokenServer("t1");
        var tokens = new TokenSource();
        var client = Client(server, tokens);

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.RetrieveAsync("resp_1")));

        Assert.Equal(1, tokens.Fetches);
        Assert.Equal(50, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("Bearer t1", r.Authorization));
    }

    [Fact]
    public async Task ClientsBuiltFromTheSameProvider_ShareItsTokens()
    {
        // As a DI container does: a new client per resolution, from one options object.
        var server = new TokenServer("t1");
        var tokens = new TokenSource();
        var options = new ResponsesClientOptions { BearerTokenProvider = tokens.GetAsync, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") };

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => new ResponsesClient(new HttpClient(server), options).RetrieveAsync("resp_1")));

        Assert.Equal(1, tokens.Fetches);
    }

    [Fact]
    public async Task ATokenRefusedWith401_IsReplaced_AndAReadIsRepeatedOnce()
    {
        var server = new TokenServer("t2");
        var tokens = new TokenSource();
        var client = Client(server, tokens);

        var response = await client.RetrieveAsync("resp_1");

        Assert.Equal(ResponseStatus.Completed, response.Status);
        Assert.Equal(["Bearer t1", "Bearer t2"], server.Requests.Select(r => r.Authorization));
        Assert.Equal(2, tokens.Fetches);
    }

    [Fact]
    public async Task ACancelRefusedWith401_IsRepeatedOnce()
    {
        var server = new TokenServer("t2");
        var client = Client(server, new TokenSource());

        await client.CancelAsync("resp_1");

        Assert.Equal(["POST", "POST"], server.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task ACreateRefusedWith401_IsNotRepeated_ButTheNextRequestHasANewToken()
    {
        var server = new TokenServer("t2");
        var tokens = new TokenSource();
        var client = Client(server, tokens);

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "hi" }));

        Assert.Equal(401, error.Status);
        Assert.Single(server.Requests, r => r.Method == "POST");
        var created = await client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "hi" });
        Assert.Equal(ResponseStatus.Queued, created.Status);
        Assert.Equal(["Bearer t1", "Bearer t2"], server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task EveryTokenRefused_IsRepeatedOnlyOnce_ThenTheErrorIsThrown_WithoutTheToken()
    {
        var server = new TokenServer();
        var tokens = new TokenSource();
        var client = Client(server, tokens);

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(401, error.Status);
        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain("t2", error.ToString().Replace("resp_1", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingProvider_SendsNothing_AndNamesTheCause()
    {
        var server = new TokenServer("t1");
        var client = Client(server, _ => throw new HttpRequestException("login.microsoftonline.com unreachable"));

        var error = await Assert.ThrowsAsync<ResponsesAuthenticationException>(() => client.CreateAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "hi" }));

        Assert.Contains("login.microsoftonline.com unreachable", error.Message, StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ATokenExpiring_IsReplacedBeforeItExpires_WithoutA401()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = new TokenServer("t1", "t2");
        var tokens = new TokenSource(time);
        var client = Client(server, tokens, time);

        await client.RetrieveAsync("resp_1");
        time.Advance(TimeSpan.FromMinutes(56));
        await client.RetrieveAsync("resp_1");

        Assert.Equal(["Bearer t1", "Bearer t2"], server.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task AnApiKeyHeader_CarriesTheKeyAsItIs_AndNoAuthorization()
    {
        var server = new TokenServer();
        var client = new ResponsesClient(new HttpClient(server), new ResponsesClientOptions
        {
            ApiKey = "azure-key-123",
            ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName,
            BaseAddress = new Uri("https://res.openai.azure.com/openai/v1/"),
        });

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        var request = Assert.Single(server.Requests);
        Assert.Equal("azure-key-123", request.ApiKey);
        Assert.Null(request.Authorization);
        Assert.Equal("/openai/v1/responses/resp_1", request.Path);
    }

    [Theory]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", null, true)]
    [InlineData("https://contoso.services.ai.azure.com/openai/v1/", null, true)]
    [InlineData("https://contoso.openai.azure.com/openai/v1/", "api-key", false)]
    [InlineData("https://llm-gateway.example.com/v1/", null, false)]
    public async Task A401FromAzureToAKeySentAsBearer_SaysToUseTheApiKeyHeader(string baseAddress, string? headerName, bool hinted)
    {
        var server = new TokenServer();
        var client = new ResponsesClient(new HttpClient(server), new ResponsesClientOptions { ApiKey = "some-key", ApiKeyHeaderName = headerName, BaseAddress = new Uri(baseAddress) });

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_1"));

        Assert.Equal(hinted, error.Message.Contains("ApiKeyHeaderName = \"api-key\"", StringComparison.Ordinal));
        Assert.DoesNotContain("some-key", error.ToString(), StringComparison.Ordinal);
    }

    private static ResponsesClient Client(TokenServer server, Func<CancellationToken, ValueTask<BearerToken>> provider, TimeProvider? time = null) =>
        new(new HttpClient(server), new ResponsesClientOptions { BearerTokenProvider = provider, BaseAddress = new Uri("http://127.0.0.1:4010/v1/") }, null, time);

    private static ResponsesClient Client(TokenServer server, TokenSource tokens, TimeProvider? time = null) => Client(server, tokens.GetAsync, time);

    /// <summary>Issues t1, t2, … each valid for an hour.</summary>
    private sealed class TokenSource(TimeProvider? time = null)
    {
        private int _fetches;

        public int Fetches => Volatile.Read(ref _fetches);

        public ValueTask<BearerToken> GetAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult(new BearerToken($"t{Interlocked.Increment(ref _fetches)}", (time ?? TimeProvider.System).GetUtcNow().AddHours(1)));
    }

    /// <summary>Accepts only the given tokens; answers creates queued and reads completed; echoes a refused token in its error, as some gateways do.</summary>
    private sealed class TokenServer(params string[] accepted) : HttpMessageHandler
    {
        private readonly List<Seen> _requests = [];

        public IReadOnlyList<Seen> Requests
        {
            get
            {
                lock (_requests)
                {
                    return [.. _requests];
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var authorization = request.Headers.TryGetValues("Authorization", out var a) ? a.Single() : null;
            var apiKey = request.Headers.TryGetValues("api-key", out var k) ? k.Single() : null;
            lock (_requests)
            {
                _requests.Add(new Seen(request.Method.Method, request.RequestUri!.AbsolutePath, authorization, apiKey));
            }

            if (authorization is null || !accepted.Any(token => authorization == "Bearer " + token))
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Unauthorized)
                {
                    Content = new StringContent("{\"error\":{\"code\":\"invalid_token\",\"message\":\"Token " + authorization + " is invalid or expired.\"}}", Encoding.UTF8, "application/json"),
                });
            }

            var body = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/responses", StringComparison.Ordinal) ? Queued : Completed;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }

        public sealed record Seen(string Method, string Path, string? Authorization, string? ApiKey);
    }
}
