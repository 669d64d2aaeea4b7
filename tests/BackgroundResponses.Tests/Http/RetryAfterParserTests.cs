using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.Tests.Http;

public class RetryAfterParserTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RetryAfterMs_WinsOverRetryAfter()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("retry-after-ms", "250");
        response.Headers.TryAddWithoutValidation("Retry-After", "30");

        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryAfterParser.Parse(response.Headers, _time));
    }

    [Fact]
    public void HttpDate_IsMeasuredFromTheTimeProvider()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Wed, 25 Nov 2026 12:00:42 GMT");

        Assert.Equal(TimeSpan.FromSeconds(42), RetryAfterParser.Parse(response.Headers, _time));
    }

    [Theory]
    [InlineData("retry-after-ms", "-5")]
    [InlineData("Retry-After", "Wed, 25 Nov 2026 11:00:00 GMT")]
    public void PastOrNegativeDelays_ReadAsZero(string header, string value)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Equal(TimeSpan.Zero, RetryAfterParser.Parse(response.Headers, _time));
    }

    [Theory]
    [InlineData("retry-after-ms", "soon")]
    [InlineData("Retry-After", "later")]
    public void Garbage_ReadsAsNoHint(string header, string value)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation(header, value);

        Assert.Null(RetryAfterParser.Parse(response.Headers, _time));
    }
}
