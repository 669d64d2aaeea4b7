using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using BackgroundResponses.Testing;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

public class FakeResponsesServerAuthenticationTests
{
    private const string AzureKeyMessage =
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.";

    private const string AzureTokenMessage =
        "Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.";

    private const string Secret = "sk-azure-secret-4711";

    [Fact]
    public async Task ApiKeyHeaderName_ClientSendsTheKeyThere_AndIsServed()
    {
        await using var server = await StartAsync(o => (o.ApiKey, o.ApiKeyHeaderName) = (Secret, ResponsesClientOptions.AzureApiKeyHeaderName));
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        await client.RetrieveAsync(created.Id);

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal(RecordedRequest.RedactedValue, r.Headers["api-key"]));
        Assert.All(requests, r => Assert.False(r.Headers.ContainsKey("Authorization")));
    }

    [Fact]
    public async Task ApiKeyHeaderName_RefusesMissingWrongAndBearerKeys_WithAzureBody()
    {
        await using var server = await StartAsync(o => (o.ApiKey, o.ApiKeyHeaderName) = (Secret, "api-key"));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var missing = await http.GetAsync("responses/resp_x");
        using var wrong = await SendAsync(http, HttpMethod.Get, "responses/resp_x", r => r.Headers.Add("api-key", "sk-wrong-0815"));
        using var bearer = await SendAsync(http, HttpMethod.Get, "responses/resp_x", r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret));
        using var right = await SendAsync(http, HttpMethod.Get, "responses/resp_x", r => r.Headers.Add("api-key", Secret));

        foreach (var refused in new[] { missing, wrong, bearer })
        {
            await AssertAzureRefusalAsync(refused, AzureKeyMessage);
            Assert.False(refused.Headers.Contains("WWW-Authenticate"));
        }

        Assert.Equal(HttpStatusCode.NotFound, right.StatusCode);
    }

    [Fact]
    public async Task ApiKeyHeaderName_WrongKeyFromTheClient_IsA401WithAzureCode()
    {
        await using var server = await StartAsync(o => (o.ApiKey, o.ApiKeyHeaderName) = (Secret, "api-key"));
        var client = server.FastClient(o => o.ApiKey = "sk-wrong-0815");

        var ex = await Assert.ThrowsAnyAsync<ResponsesApiException>(() => client.CreateAsync(Request()));

        Assert.Equal(401, ex.Status);
        Assert.Equal("401", ex.ErrorCode);
        Assert.Equal(AzureKeyMessage, ex.ErrorMessage);
        Assert.DoesNotContain("sk-wrong-0815", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyHeaderName_OfAGateway_IsUsedByCreateClientAndRedacted()
    {
        await using var server = await StartAsync(o => (o.ApiKey, o.ApiKeyHeaderName) = (Secret, "Ocp-Apim-Subscription-Key"));
        var client = server.FastClient();

        await client.CreateAsync(Request());

        var request = Assert.Single(server.Requests);
        Assert.Equal(RecordedRequest.RedactedValue, request.Headers["Ocp-Apim-Subscription-Key"]);
        AssertNowhere(server, Secret);
    }

    [Fact]
    public async Task BearerTokenValidator_AcceptsValidTokens_AndTheClientRenewsAnExpiredOneOnItsOwn()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var tokens = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var issued = 0;
        await using var server = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.BearerTokenValidator = token => tokens.TryGetValue(token, out var expiry) && clock.GetUtcNow() < expiry;
        });
        var client = server.FastClient(o => o.BearerTokenProvider = _ =>
        {
            var token = $"entra-token-{Interlocked.Increment(ref issued)}";
            tokens[token] = clock.GetUtcNow() + TimeSpan.FromMinutes(10);

            // The client is told the token lasts an hour, so it keeps it past the server's expiry and meets a 401.
            return ValueTask.FromResult(new BearerToken(token, DateTimeOffset.UtcNow.AddHours(1)));
        });

        var created = await client.CreateAsync(Request());
        Assert.Equal(1, issued);
        clock.Advance(TimeSpan.FromMinutes(11));
        var retrieved = await client.RetrieveAsync(created.Id);

        Assert.Equal(created.Id, retrieved.Id);
        Assert.Equal(2, issued);
        var requests = server.Requests;
        Assert.Equal(3, requests.Count); // create, the refused retrieve, its repeat with a new token
        Assert.All(requests, r => Assert.Equal(RecordedRequest.RedactedValue, r.Headers["Authorization"]));
        AssertNowhere(server, "entra-token-");
    }

    [Fact]
    public async Task BearerTokenValidator_RefusesMissingWrongAndExpiredTokens_WithAzureBodyAndChallenge()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var expiry = clock.GetUtcNow() + TimeSpan.FromMinutes(5);
        await using var server = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.BearerTokenValidator = token => token == "good-token" && clock.GetUtcNow() < expiry;
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        Task<HttpResponseMessage> WithAuthorization(string scheme, string value) =>
            SendAsync(http, HttpMethod.Get, "responses/resp_x", r => r.Headers.Authorization = new AuthenticationHeaderValue(scheme, value));

        using var valid = await WithAuthorization("Bearer", "good-token");
        using var missing = await http.GetAsync("responses/resp_x");
        using var wrong = await WithAuthorization("Bearer", "bad-token");
        using var basic = await WithAuthorization("Basic", "good-token");
        using var apiKey = await SendAsync(http, HttpMethod.Get, "responses/resp_x", r => r.Headers.Add("api-key", "good-token"));
        clock.Advance(TimeSpan.FromMinutes(5));
        using var expired = await WithAuthorization("Bearer", "good-token");

        Assert.Equal(HttpStatusCode.NotFound, valid.StatusCode);
        foreach (var refused in new[] { missing, wrong, basic, apiKey, expired })
        {
            await AssertAzureRefusalAsync(refused, AzureTokenMessage);
            Assert.Equal("Bearer error=\"invalid_token\"", Assert.Single(refused.Headers.WwwAuthenticate).ToString());
        }
    }

    [Fact]
    public async Task BearerTokenValidator_ARefusedCreateIsNotRepeated_AndFailsWithTheAzureError()
    {
        var calls = 0;
        await using var server = await StartAsync(o => o.BearerTokenValidator = _ => false);
        var client = server.FastClient(o => o.BearerTokenProvider = _ =>
        {
            Interlocked.Increment(ref calls);
            return ValueTask.FromResult(new BearerToken("never-good-token", DateTimeOffset.UtcNow.AddHours(1)));
        });

        var ex = await Assert.ThrowsAnyAsync<ResponsesApiException>(() => client.CreateAsync(Request()));

        Assert.Equal(401, ex.Status);
        Assert.Equal(AzureTokenMessage, ex.ErrorMessage);
        Assert.Single(server.Requests);
        Assert.DoesNotContain("never-good-token", ex.ToString(), StringComparison.Ordinal);
        AssertNowhere(server, "never-good-token");
    }

    [Fact]
    public async Task CreateClient_WithBearerTokenValidator_NeedsABearerTokenProvider()
    {
        await using var server = await StartAsync(o => o.BearerTokenValidator = _ => true);

        var none = Assert.Throws<InvalidOperationException>(() => server.CreateClient());
        var keyOnly = Assert.Throws<InvalidOperationException>(() => server.CreateClient(o => o.ApiKey = "sk-key"));
        Assert.ThrowsAny<ArgumentException>(() => server.CreateClient(o =>
        {
            o.ApiKey = "sk-key";
            o.BearerTokenProvider = _ => ValueTask.FromResult(new BearerToken("t", DateTimeOffset.UtcNow.AddHours(1)));
        }));

        Assert.Contains("BearerTokenProvider", none.Message, StringComparison.Ordinal);
        Assert.Contains("BearerTokenValidator", none.Message, StringComparison.Ordinal);
        Assert.Equal(none.Message, keyOnly.Message);
    }

    [Fact]
    public async Task CreateClient_WithoutCredentialOptions_KeepsBearerApiKey()
    {
        await using var server = await StartAsync(o => o.ApiKey = Secret);
        var client = server.FastClient();

        await client.CreateAsync(Request());

        var request = Assert.Single(server.Requests);
        Assert.Equal(RecordedRequest.RedactedValue, request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("api-key"));
    }

    [Fact]
    public async Task ApiKeyHeaders_AreRedactedEvenWhenTheServerChecksNoKey()
    {
        await using var server = await StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var answer = await SendAsync(http, HttpMethod.Get, "responses/resp_x", r =>
        {
            r.Headers.Add("api-key", Secret);
            r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        });

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        var request = Assert.Single(server.Requests);
        Assert.Equal(RecordedRequest.RedactedValue, request.Headers["api-key"]);
        Assert.Equal(RecordedRequest.RedactedValue, request.Headers["Authorization"]);
        AssertNowhere(server, Secret);
    }

    [Theory]
    [InlineData("/openai/v1", "/openai/v1/")]
    [InlineData("/openai/v1/", "/openai/v1/")]
    [InlineData("/", "/")]
    [InlineData("/v1", "/v1/")]
    public async Task PathBase_SetsTheBaseAddressAndTheRoutes(string pathBase, string expectedPath)
    {
        await using var server = await StartAsync(o => o.PathBase = pathBase);
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        var retrieved = await client.RetrieveAsync(created.Id);

        Assert.Equal(expectedPath, server.BaseAddress.AbsolutePath);
        Assert.Equal(created.Id, retrieved.Id);
        Assert.Equal(expectedPath + "responses", server.Requests[0].Path);
        Assert.Equal($"{expectedPath}responses/{created.Id}", server.Requests[1].Path);
    }

    [Fact]
    public async Task PathBase_OtherPathsAreNotFound_AndFaultsAndStreamsStillWork()
    {
        await using var server = await StartAsync(o => (o.PathBase, o.ApiKey, o.ApiKeyHeaderName) = ("/openai/v1", Secret, "api-key"));
        var client = server.FastClient();
        using var http = new HttpClient();
        var root = new Uri(server.BaseAddress, "/");

        var created = await client.CreateAsync(Request());
        using var oldPath = await SendAsync(http, HttpMethod.Get, new Uri(root, $"v1/responses/{created.Id}").AbsoluteUri, r => r.Headers.Add("api-key", Secret));
        server.Faults.FailNextRequests(1, 500, method: "GET", pathPrefix: "/openai/v1/responses/");
        var retrieved = await client.RetrieveAsync(created.Id); // retried past the injected 500
        server.Faults.DropNextStreamAfter(events: 5);
        var events = await client.CreateStreamingAsync(Request()).CollectAsync();

        Assert.Equal(HttpStatusCode.NotFound, oldPath.StatusCode);
        Assert.Equal(created.Id, retrieved.Id);
        Assert.Equal(2, server.Requests.Count(r => r.Method == "GET" && r.Path == $"/openai/v1/responses/{created.Id}" && r.Query.Length == 0));
        Assert.IsType<ResponseCompletedEvent>(events[^1]);
        Assert.Contains(server.Requests, r => r.Path.StartsWith("/openai/v1/responses/resp_", StringComparison.Ordinal) && r.Query.StartsWith("?stream=true&starting_after=4", StringComparison.Ordinal));
        AssertNowhere(server, Secret);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("")]
    [InlineData("/openai//v1")]
    [InlineData("/open ai/v1")]
    [InlineData("/{id}")]
    [InlineData("/openai/../v1")]
    [InlineData("/v1?api-version=1")]
    public async Task PathBase_ThatIsNotAPath_IsRefusedAtStart(string pathBase)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(o => o.PathBase = pathBase));

        Assert.Contains("PathBase", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyAndBearerTokenValidator_AreMutuallyExclusive()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(o =>
        {
            o.ApiKey = Secret;
            o.BearerTokenValidator = _ => true;
        }));

        Assert.Contains("ApiKey", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BearerTokenValidator", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Authorization")]
    [InlineData("api key")]
    [InlineData("")]
    public async Task ApiKeyHeaderName_ThatIsNotAKeyHeader_IsRefusedAtStart(string header)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(o => (o.ApiKey, o.ApiKeyHeaderName) = (Secret, header)));

        Assert.Contains("ApiKeyHeaderName", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyHeaderName_WithBearerTokenValidator_IsRefusedAtStart()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => StartAsync(o =>
        {
            o.ApiKeyHeaderName = "api-key";
            o.BearerTokenValidator = _ => true;
        }));

        Assert.Contains("ApiKeyHeaderName", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BearerTokenValidator", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string uri, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(method, uri);
        configure(request);
        return await http.SendAsync(request);
    }

    private static async Task AssertAzureRefusalAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal(new[] { "code", "message" }, error.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("401", error.GetProperty("code").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    /// <summary>Asserts the string is in no logged header name, value, body, path or query.</summary>
    private static void AssertNowhere(FakeResponsesServer server, string secret)
    {
        Assert.NotEmpty(server.Requests);
        foreach (var request in server.Requests)
        {
            Assert.DoesNotContain(secret, request.Body, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, request.Path + request.Query, StringComparison.Ordinal);
            Assert.DoesNotContain(request.Headers, h => h.Key.Contains(secret, StringComparison.Ordinal) || h.Value.Contains(secret, StringComparison.Ordinal));
        }
    }
}
