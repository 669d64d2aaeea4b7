using System.Net;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore.Tests.Webhooks;

public class ResponsesWebhookDeduplicationTests
{
    [Fact]
    public async Task RegisteredCache_KeepsTheDeliveryIdForTheWindow_UnderThePrefix()
    {
        var cache = new RecordingCache();
        await using var app = await WebhookTestApp.StartAsync(builder => builder.Services
            .Configure<ResponsesWebhookOptions>(o =>
            {
                o.CacheKeyPrefix = "shop:";
                o.DeduplicationWindow = TimeSpan.FromDays(5);
            })
            .AddSingleton<IDistributedCache>(cache));

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent(), id: "wh_cached");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (key, entry) = Assert.Single(cache.Entries);
        Assert.Equal("shop:wh_cached", key);
        Assert.Equal(TimeSpan.FromDays(5), entry.Options.AbsoluteExpirationRelativeToNow);
    }

    [Fact]
    public async Task AnIdRecordedByAnotherInstance_IsADuplicate()
    {
        // Two instances behind one load balancer share the cache: the second sees what the first recorded.
        var cache = new RecordingCache();
        await using var first = await WebhookTestApp.StartAsync(builder => builder.Services.AddSingleton<IDistributedCache>(cache));
        await using var second = await WebhookTestApp.StartAsync(builder => builder.Services.AddSingleton<IDistributedCache>(cache));

        using var a = await first.DeliverAsync(WebhookSigner.CompletedEvent(), id: "wh_fleet");
        using var b = await second.DeliverAsync(WebhookSigner.CompletedEvent(), id: "wh_fleet");

        Assert.Equal(HttpStatusCode.OK, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.Single(first.Recorder.Handled);
        Assert.Empty(second.Recorder.Handled);
    }

    [Fact]
    public async Task FailedHandler_LeavesNothingInTheCache()
    {
        var cache = new RecordingCache();
        await using var app = await WebhookTestApp.StartAsync(builder => builder.Services.AddSingleton<IDistributedCache>(cache));
        app.Recorder.Before = _ => throw new TimeoutException("downstream");

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent(), id: "wh_failed");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(cache.Entries);
    }

    [Fact]
    public async Task UnavailableCache_DoesNotStopDelivery_AndIsLogged()
    {
        var cache = new RecordingCache { Unavailable = true };
        await using var app = await WebhookTestApp.StartAsync(builder => builder.Services.AddSingleton<IDistributedCache>(cache));

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent(), id: "wh_no_cache");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Recorder.Handled);
        var warnings = app.Logs.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Id.Name).ToList();
        Assert.Equal(["WebhookDeduplicationLookupFailed", "WebhookDeduplicationRecordFailed"], warnings);
    }
}
