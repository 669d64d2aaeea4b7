using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BackgroundResponses.Tests.Diagnostics;

public class RequestLoggingTests : IDisposable
{
    private const string ResponseJson = """{"id":"resp_log","object":"response","created_at":1741290958,"status":"queued","background":true,"output":[]}""";

    private readonly FakeApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Request_IsLoggedAtDebug_WithMethodPathAndStatus()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(collector)], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        using var http = new HttpClient();
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _api.V1 }, loggerFactory);
        _api.Stub("GET", "/v1/responses/resp_log", 200, ResponseJson);

        await client.RetrieveAsync("resp_log");

        var record = Assert.Single(collector.GetSnapshot(), r => r.Id.Name == "RequestCompleted");
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Equal(4001, record.Id.Id);
        Assert.Contains("GET /v1/responses/resp_log answered 200", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(collector.GetSnapshot(), r => r.Level == LogLevel.Trace);
    }

    [Fact]
    public async Task FailedStatus_IsLoggedAtDebug_ButNotAsAWarning()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = new LoggerFactory([new FakeLoggerProvider(collector)], new LoggerFilterOptions { MinLevel = LogLevel.Debug });
        using var http = new HttpClient();
        var client = new ResponsesClient(http, new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BaseAddress = _api.V1 }, loggerFactory);
        _api.Stub("GET", "/v1/responses/resp_missing", 404, """{"error":{"message":"No response found","type":"invalid_request_error","param":null,"code":null}}""");

        await Assert.ThrowsAsync<ResponsesApiException>(() => client.RetrieveAsync("resp_missing"));

        var record = Assert.Single(collector.GetSnapshot(), r => r.Id.Name == "RequestCompleted");
        Assert.Contains("answered 404", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task EveryLevel_ThroughDependencyInjection_NeverShowsTheKeyOrTheAuthorizationValue()
    {
        var collector = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        services.AddResponsesClient(o =>
        {
            o.ApiKey = FakeApi.ApiKey;
            o.BaseAddress = _api.V1;
        });
        using var provider = services.BuildServiceProvider();
        _api.Stub("POST", "/v1/responses", 200, ResponseJson);

        await provider.GetRequiredService<ResponsesClient>().CreateAsync(new CreateResponseRequest { Model = "gpt-4.1", Input = "Say hi." });

        var records = collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Name == "RequestCompleted" && r.Level == LogLevel.Debug);

        // Payloads appear, at Trace only.
        Assert.Contains(records, r => r.Id.Name == "RequestBody" && r.Level == LogLevel.Trace && r.Message.Contains("Say hi.", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Id.Name == "ResponseBody" && r.Level == LogLevel.Trace && r.Message.Contains("resp_log", StringComparison.Ordinal));
        Assert.All(records.Where(r => r.Message.Contains("Say hi.", StringComparison.Ordinal)), r => Assert.Equal(LogLevel.Trace, r.Level));
        foreach (var record in records)
        {
            Assert.DoesNotContain(FakeApi.ApiKey, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Bearer", record.Message, StringComparison.Ordinal);
            foreach (var pair in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(FakeApi.ApiKey, pair.Value ?? string.Empty, StringComparison.Ordinal);
                Assert.DoesNotContain("Bearer", pair.Value ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("token")]
    [InlineData("api-key")]
    public async Task EveryLevel_ThroughDependencyInjection_NeverShowsATokenOrAKeyInItsOwnHeader(string credential)
    {
        const string Secret = "eyJ-entra-token-or-azure-key-7f3a";
        var collector = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        services.AddResponsesClient(o =>
        {
            o.BaseAddress = _api.V1;
            if (credential == "token")
            {
                o.BearerTokenProvider = _ => ValueTask.FromResult(new BearerToken(Secret, DateTimeOffset.UtcNow.AddHours(1)));
            }
            else
            {
                o.ApiKey = Secret;
                o.ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName;
            }
        });
        using var provider = services.BuildServiceProvider();

        // A refusal that echoes the credential, as some gateways do, must not carry it into logs or the exception either.
        _api.Stub("POST", "/v1/responses", 401, "{\"error\":{\"message\":\"Invalid credential " + Secret + "\",\"type\":\"invalid_request_error\",\"code\":\"401\"}}");

        var error = await Assert.ThrowsAsync<ResponsesApiException>(() => provider.GetRequiredService<ResponsesClient>().CreateAsync(new CreateResponseRequest { Model = "gpt-4.1", Input = "Say hi." }));

        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
        var records = collector.GetSnapshot();
        Assert.Contains(records, r => r.Id.Name == "RequestCompleted");
        foreach (var record in records)
        {
            Assert.DoesNotContain(Secret, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, record.Exception?.ToString() ?? string.Empty, StringComparison.Ordinal);
            foreach (var pair in record.StructuredState ?? [])
            {
                Assert.DoesNotContain(Secret, pair.Value ?? string.Empty, StringComparison.Ordinal);
            }
        }
    }
}
