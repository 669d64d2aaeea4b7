using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.DependencyInjection;

public class ResponsesClientOptionsValidatorTests
{
    public static TheoryData<string, Action<ResponsesClientOptions>> InvalidOptions => new()
    {
        { "BaseAddress", o => o.BaseAddress = new Uri("/v1/", UriKind.Relative) },
        { "BaseAddress", o => o.BaseAddress = new Uri("https://api.example.com/v1/?a=b") },
        { "BaseAddress", o => o.BaseAddress = new Uri("ws://api.example.com/v1/") },
        { "NetworkTimeout", o => o.NetworkTimeout = TimeSpan.Zero },
        { "NetworkTimeout", o => o.NetworkTimeout = TimeSpan.FromSeconds(-5) },
        { "Retry", o => o.Retry = null! },
        { "Retry.MaxRetryAttempts", o => o.Retry.MaxRetryAttempts = -1 },
        { "Retry.Delay", o => o.Retry.Delay = TimeSpan.FromSeconds(-1) },
        { "Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromMilliseconds(1) },
        { "Retry.MaxRetryAfter", o => o.Retry.MaxRetryAfter = TimeSpan.FromSeconds(-1) },
        { "Streaming.IdleTimeout", o => o.Streaming.IdleTimeout = TimeSpan.Zero },
        { "Streaming.MaxResumeAttempts", o => o.Streaming.MaxResumeAttempts = -1 },
        { "Streaming.MaxResumeDelay", o => o.Streaming.MaxResumeDelay = TimeSpan.FromMilliseconds(1) },
        { "Streaming.MaxEventSize", o => o.Streaming.MaxEventSize = 10 },
        { "Streaming.Polling.Delay", o => o.Streaming.Polling.Delay = TimeSpan.Zero },
        { "BearerTokenProvider", o => o.BearerTokenProvider = _ => ValueTask.FromResult(new BearerToken("t", DateTimeOffset.MaxValue)) },
        { "ApiKeyHeaderName", o => o.ApiKeyHeaderName = "api key" },
        { "ApiKeyHeaderName", o => o.ApiKeyHeaderName = "Authorization" },
        { "ApiKeyHeaderName", o => o.ApiKeyHeaderName = string.Empty },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_OutOfRangeValue_FailsNamingTheSetting(string setting, Action<ResponsesClientOptions> breakIt)
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey };
        breakIt(options);

        var result = new ResponsesClientOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_WithAKey_Succeed()
    {
        var options = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, NetworkTimeout = Timeout.InfiniteTimeSpan };
        options.Streaming.IdleTimeout = Timeout.InfiniteTimeSpan;

        Assert.True(new ResponsesClientOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_ATokenProviderWithoutAKey_Succeeds_AndNeitherFailsNamingBoth()
    {
        var withProvider = new ResponsesClientOptions { BearerTokenProvider = _ => ValueTask.FromResult(new BearerToken("t", DateTimeOffset.MaxValue)) };
        var withKeyHeader = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, ApiKeyHeaderName = ResponsesClientOptions.AzureApiKeyHeaderName };
        var headerWithProvider = new ResponsesClientOptions { BearerTokenProvider = withProvider.BearerTokenProvider, ApiKeyHeaderName = "api-key" };

        Assert.True(new ResponsesClientOptionsValidator().Validate(null, withProvider).Succeeded);
        Assert.True(new ResponsesClientOptionsValidator().Validate(null, withKeyHeader).Succeeded);
        Assert.Contains("ApiKeyHeaderName", new ResponsesClientOptionsValidator().Validate(null, headerWithProvider).FailureMessage, StringComparison.Ordinal);
        var both = new ResponsesClientOptions { ApiKey = FakeApi.ApiKey, BearerTokenProvider = withProvider.BearerTokenProvider };
        var bothError = Assert.ThrowsAny<ArgumentException>(() => new ResponsesClient(both));
        Assert.Contains("either ApiKey or BearerTokenProvider", bothError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, bothError.Message, StringComparison.Ordinal);
        Assert.Contains("BearerTokenProvider = (set)", withProvider.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeApi.ApiKey, withKeyHeader.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKeyHeaderName = api-key", withKeyHeader.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void StreamingValidate_StillThrowsArgumentOutOfRange_WithTheParameterName()
    {
        var streaming = new StreamingOptions { MaxEventSize = 10 };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(streaming.Validate);

        Assert.Equal("MaxEventSize", ex.ParamName);
    }
}
