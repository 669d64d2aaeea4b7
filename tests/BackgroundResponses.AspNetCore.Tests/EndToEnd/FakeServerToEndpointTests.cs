using System.Collections.Concurrent;
using System.Net;
using BackgroundResponses.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore.Tests.EndToEnd;

/// <summary>
/// The whole path over real HTTP: the fake Responses API signs and POSTs a webhook when a background response ends, and
/// MapResponsesWebhooks on loopback Kestrel verifies it and hands the handler the typed event. The fake signs with the BCL's
/// HMAC on its own and the endpoint verifies with the core verifier, so each implementation checks the other.
/// </summary>
public sealed class FakeServerToEndpointTests : IAsyncLifetime
{
    private const string Path = "/webhooks/openai";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _secret = FakeResponsesServer.CreateWebhookSecret();
    private readonly ConcurrentQueue<WebhookEvent> _handled = new();
    private WebApplication _app = null!;
    private Uri _endpoint = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddResponsesWebhooks(options => options.Secret = _secret);
        _app = builder.Build();
        _app.MapResponsesWebhooks(Path, (webhookEvent, _) =>
        {
            _handled.Enqueue(webhookEvent);
            return Task.CompletedTask;
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _endpoint = new Uri(address.TrimEnd('/') + Path);
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Completed_HandlerGetsTheTypedEventForTheResponse()
    {
        await using var api = await StartFakeAsync();
        var created = await api.CreateClient().CreateAsync(Request());

        var delivery = await WaitAsync(api, d => d.ResponseId == created.Id);

        Assert.Equal(200, delivery.StatusCode);
        var completed = Assert.IsType<ResponseCompletedWebhookEvent>(Assert.Single(_handled));
        Assert.Equal(created.Id, completed.ResponseId);
        Assert.Equal(delivery.EventId, completed.Id);
        Assert.Equal("event", completed.Object);
    }

    [Fact]
    public async Task FakeSignatures_VerifyWithTheCoreVerifier()
    {
        await using var api = await StartFakeAsync();
        var client = api.CreateClient();
        var completed = await client.CreateAsync(Request());
        await WaitAsync(api, d => d.ResponseId == completed.Id);
        api.Faults.FailNextResponse(afterTextDeltas: 1);
        var failed = await client.CreateAsync(Request());
        await WaitAsync(api, d => d.ResponseId == failed.Id);

        var verifier = new ResponsesWebhookVerifier(_secret);
        var events = api.WebhookDeliveries.Select(d => verifier.Unwrap(d.Body, d.Headers)).ToList();

        Assert.Collection(
            events,
            e => Assert.Equal(completed.Id, Assert.IsType<ResponseCompletedWebhookEvent>(e).ResponseId),
            e => Assert.Equal(failed.Id, Assert.IsType<ResponseFailedWebhookEvent>(e).ResponseId));
        var other = new ResponsesWebhookVerifier(FakeResponsesServer.CreateWebhookSecret());
        Assert.Throws<WebhookVerificationException>(() => other.Verify(api.WebhookDeliveries[0].Body, api.WebhookDeliveries[0].Headers));
    }

    [Fact]
    public async Task Cancelled_HandlerGetsResponseCancelled()
    {
        await using var api = await StartFakeAsync(o => o.QueuedDuration = TimeSpan.FromMinutes(5));
        var client = api.CreateClient();
        var created = await client.CreateAsync(Request());
        await client.CancelAsync(created.Id);

        await WaitAsync(api, d => d.ResponseId == created.Id);

        Assert.Equal(created.Id, Assert.IsType<ResponseCancelledWebhookEvent>(Assert.Single(_handled)).ResponseId);
    }

    [Fact]
    public async Task DeliveredTwice_HandlerRunsOnce()
    {
        await using var api = await StartFakeAsync();
        api.Faults.DeliverNextWebhookTwice();
        var created = await api.CreateClient().CreateAsync(Request());

        await WaitAsync(api, d => d.Attempt == 2);

        var deliveries = api.WebhookDeliveries;
        Assert.Equal([200, 200], deliveries.Select(d => d.StatusCode));
        Assert.Equal(deliveries[0].EventId, deliveries[1].EventId);
        Assert.Equal(created.Id, Assert.IsType<ResponseCompletedWebhookEvent>(Assert.Single(_handled)).ResponseId);
    }

    [Fact]
    public async Task BadSignature_IsRejectedWith401AndTheHandlerNeverRuns()
    {
        await using var api = await StartFakeAsync(o => o.WebhookMaxAttempts = 2);
        api.Faults.SignNextWebhookWrongly();
        var client = api.CreateClient();
        var wrong = await client.CreateAsync(Request());
        await WaitAsync(api, d => d.ResponseId == wrong.Id && d.Attempt == 2);
        var right = await client.CreateAsync(Request());
        await WaitAsync(api, d => d.ResponseId == right.Id);

        Assert.Equal([401, 401], api.WebhookDeliveries.Where(d => d.ResponseId == wrong.Id).Select(d => d.StatusCode));
        Assert.Equal(right.Id, Assert.IsType<ResponseCompletedWebhookEvent>(Assert.Single(_handled)).ResponseId);
    }

    private static CreateResponseRequest Request() => new() { Model = "gpt-5.5", Input = "Tell me a story about otters." };

    private static async Task<FakeWebhookDelivery> WaitAsync(FakeResponsesServer api, Func<FakeWebhookDelivery, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await api.WaitForWebhookAsync(predicate, timeout.Token);
    }

    private Task<FakeResponsesServer> StartFakeAsync(Action<FakeResponsesServerOptions>? configure = null)
    {
        var options = new FakeResponsesServerOptions
        {
            EventDelay = TimeSpan.Zero,
            QueuedDuration = TimeSpan.FromMilliseconds(5),
            WebhookUrl = _endpoint,
            WebhookSecret = _secret,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return FakeResponsesServer.StartAsync(options);
    }
}
