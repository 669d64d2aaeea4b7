using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BackgroundResponses.Testing;
using BackgroundResponses.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using static BackgroundResponses.Tests.Testing.FakeServerTestKit;

namespace BackgroundResponses.Tests.Testing;

/// <summary>The fake's webhooks, checked on the wire by a plain loopback receiver and an HMAC computed here.</summary>
public class FakeResponsesServerWebhookTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Completed_PostsOneSignedEventWithStandardWebhooksHeaders()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o => Webhooks(o, receiver, secret));
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        var delivery = await WaitAsync(server, d => d.ResponseId == created.Id);

        var received = Assert.Single(receiver.Received);
        var id = received.Headers["webhook-id"];
        var timestamp = received.Headers["webhook-timestamp"];
        Assert.StartsWith("evt_", id, StringComparison.Ordinal);
        Assert.Equal(id, delivery.EventId);
        Assert.StartsWith("application/json", received.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(Signature(secret, id, timestamp, received.Body), received.Headers["webhook-signature"]);
        Assert.InRange(long.Parse(timestamp, CultureInfo.InvariantCulture), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var createdAt = JsonDocument.Parse(received.Body).RootElement.GetProperty("created_at").GetInt64();
        JsonAssert.Equal(
            $$"""{"id":"{{id}}","type":"response.completed","created_at":{{createdAt}},"data":{"id":"{{created.Id}}"},"object":"event"}""",
            received.Body);
        Assert.Equal(ResponseStatus.Completed, server.GetResponse(created.Id)!.Status);
        Assert.Equal(("response.completed", 1, 200, received.Body), (delivery.EventType, delivery.Attempt, delivery.StatusCode, delivery.Body));
        Assert.True(delivery.Succeeded);
        Assert.Null(delivery.Error);
        Assert.Equal(received.Headers["webhook-signature"], delivery.Headers["webhook-signature"]);
    }

    [Fact]
    public async Task Failed_PostsResponseFailed()
    {
        await AssertTerminalEventAsync(server => server.Faults.FailNextResponse(afterTextDeltas: 2), "response.failed", ResponseStatus.Failed);
    }

    [Fact]
    public async Task ErrorEvent_PostsResponseFailed()
    {
        await AssertTerminalEventAsync(server => server.Faults.EmitErrorEventInNextResponse(atSequenceNumber: 5), "response.failed", ResponseStatus.Failed);
    }

    [Fact]
    public async Task Incomplete_PostsResponseIncomplete()
    {
        await AssertTerminalEventAsync(server => server.Faults.EndNextResponseIncomplete(afterTextDeltas: 3), "response.incomplete", ResponseStatus.Incomplete);
    }

    [Fact]
    public async Task Cancel_PostsResponseCancelled()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o =>
        {
            Webhooks(o, receiver, secret);
            o.QueuedDuration = TimeSpan.FromMinutes(5);
        });
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        await client.CancelAsync(created.Id);
        var delivery = await WaitAsync(server, d => d.ResponseId == created.Id);

        Assert.Equal("response.cancelled", delivery.EventType);
        var received = Assert.Single(receiver.Received);
        Assert.Equal("response.cancelled", JsonDocument.Parse(received.Body).RootElement.GetProperty("type").GetString());
        Assert.Equal(Signature(secret, received.Headers["webhook-id"], received.Headers["webhook-timestamp"], received.Body), received.Headers["webhook-signature"]);
    }

    [Fact]
    public async Task NonBackgroundResponses_SendNoWebhook()
    {
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o => Webhooks(o, receiver, FakeResponsesServer.CreateWebhookSecret()));
        var client = server.FastClient();

        // A foreground create answers only after its response ended, so a webhook for it would be queued before the background one's.
        var foreground = await client.CreateAsync(Request("foreground"), background: false);
        Assert.Equal(ResponseStatus.Completed, foreground.Status);
        var background = await client.CreateAsync(Request("background"));
        await WaitAsync(server, d => d.ResponseId == background.Id);

        Assert.DoesNotContain(server.WebhookDeliveries, d => d.ResponseId == foreground.Id);
        var received = Assert.Single(receiver.Received);
        Assert.Contains(background.Id, received.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawBase64Secret_SignsWithTheSameKey()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o => Webhooks(o, receiver, secret["whsec_".Length..]));
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.ResponseId == created.Id);

        var received = Assert.Single(receiver.Received);
        Assert.Equal(Signature(secret, received.Headers["webhook-id"], received.Headers["webhook-timestamp"], received.Body), received.Headers["webhook-signature"]);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithTheSameWebhookIdUntilAccepted()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync(r => r.Index < 2 ? 500 : 200);
        await using var server = await StartAsync(o =>
        {
            Webhooks(o, receiver, secret);
            o.WebhookRetryDelay = TimeSpan.FromMilliseconds(5);
        });
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.Succeeded);

        var deliveries = server.WebhookDeliveries;
        Assert.Equal([500, 500, 200], deliveries.Select(d => d.StatusCode));
        Assert.Equal([1, 2, 3], deliveries.Select(d => d.Attempt));
        Assert.Single(deliveries.Select(d => d.EventId).Distinct());
        Assert.All(receiver.Received, r => Assert.Equal(deliveries[0].EventId, r.Headers["webhook-id"]));
        Assert.All(receiver.Received, r => Assert.Equal(deliveries[0].Body, r.Body));
        Assert.All(receiver.Received, r => Assert.Equal(Signature(secret, r.Headers["webhook-id"], r.Headers["webhook-timestamp"], r.Body), r.Headers["webhook-signature"]));
        Assert.All(deliveries, d => Assert.Equal(created.Id, d.ResponseId));
    }

    [Fact]
    public async Task Retries_AreBoundedAndBackOffOnTheServersClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T00:00:00Z", CultureInfo.InvariantCulture));
        await using var receiver = await LoopbackWebhookReceiver.StartAsync(_ => 503);
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            TimeProvider = clock,
            QueuedDuration = TimeSpan.Zero,
            EventDelay = TimeSpan.Zero,
            WebhookUrl = receiver.Url,
            WebhookSecret = FakeResponsesServer.CreateWebhookSecret(),
            WebhookMaxAttempts = 3,
            WebhookRetryDelay = TimeSpan.FromSeconds(10),
        });
        var client = server.FastClient();

        await client.CreateAsync(Request());
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // The retry timer starts just after an attempt is logged, so step the clock until the next attempt shows up.
            using var timeout = new CancellationTokenSource(Patience);
            var next = server.WaitForWebhookAsync(d => d.Attempt == attempt, timeout.Token);
            while (attempt > 1 && !next.IsCompleted)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(next, Task.Delay(20));
            }

            await next;
        }

        // Far past any further backoff: nothing more is sent.
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(200);
        var deliveries = server.WebhookDeliveries;
        Assert.Equal([503, 503, 503], deliveries.Select(d => d.StatusCode));
        Assert.Equal(3, receiver.Received.Count);
        // A step or two of the clock can land before the retry timer starts, hence the slack; the doubling still shows.
        Assert.InRange(deliveries[1].SentAt - deliveries[0].SentAt, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(13));
        Assert.InRange(deliveries[2].SentAt - deliveries[1].SentAt, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(23));
        Assert.Equal(deliveries[2].SentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), deliveries[2].Headers["webhook-timestamp"]);
    }

    [Fact]
    public async Task DeadReceiver_IsLoggedAndNeverBreaksTheServer()
    {
        await using var server = await StartAsync(o =>
        {
            o.WebhookUrl = DeadAddress.Refusing();
            o.WebhookSecret = FakeResponsesServer.CreateWebhookSecret();
            o.WebhookMaxAttempts = 2;
            o.WebhookRetryDelay = TimeSpan.FromMilliseconds(5);
        });
        var client = server.FastClient();

        var created = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.Attempt == 2);
        var again = await client.CreateAsync(Request());
        await WaitForAsync(client, again.Id, r => r.Status == ResponseStatus.Completed);

        var first = server.WebhookDeliveries.Where(d => d.ResponseId == created.Id).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, d => Assert.Null(d.StatusCode));
        Assert.All(first, d => Assert.IsType<HttpRequestException>(d.Error));
        Assert.All(first, d => Assert.False(d.Succeeded));
    }

    [Fact]
    public async Task DeliverTwice_SendsTheSameEventAgainAfterItWasAccepted()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o => Webhooks(o, receiver, secret));
        var client = server.FastClient();
        server.Faults.DeliverNextWebhookTwice();

        var created = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.Attempt == 2);
        var second = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.ResponseId == second.Id);

        var twice = receiver.Received.Where(r => r.Body.Contains(created.Id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, twice.Count);
        Assert.Equal(twice[0].Headers["webhook-id"], twice[1].Headers["webhook-id"]);
        Assert.Equal(twice[0].Body, twice[1].Body);
        Assert.All(twice, r => Assert.Equal(Signature(secret, r.Headers["webhook-id"], r.Headers["webhook-timestamp"], r.Body), r.Headers["webhook-signature"]));
        Assert.Single(receiver.Received, r => r.Body.Contains(second.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DelayWebhook_HoldsTheEventBackOnTheServersClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-03-01T00:00:00Z", CultureInfo.InvariantCulture));
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await FakeResponsesServer.StartAsync(new FakeResponsesServerOptions
        {
            TimeProvider = clock,
            QueuedDuration = TimeSpan.Zero,
            EventDelay = TimeSpan.Zero,
            WebhookUrl = receiver.Url,
            WebhookSecret = FakeResponsesServer.CreateWebhookSecret(),
        });
        var client = server.FastClient();
        server.Faults.DelayNextWebhook(TimeSpan.FromMinutes(2));

        var created = await client.CreateAsync(Request());
        await WaitForAsync(client, created.Id, r => r.Status == ResponseStatus.Completed);
        await Task.Delay(200);
        Assert.Empty(receiver.Received);

        clock.Advance(TimeSpan.FromMinutes(2));
        var delivery = await WaitAsync(server, d => d.ResponseId == created.Id);

        Assert.Equal(clock.GetUtcNow(), delivery.SentAt);
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal(DateTimeOffset.Parse("2026-03-01T00:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeSeconds(), body.GetProperty("created_at").GetInt64());
        Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), delivery.Headers["webhook-timestamp"]);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task SignWrongly_EveryAttemptCarriesAWellFormedSignatureThatDoesNotVerify()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync(r =>
            Signature(secret, r.Headers["webhook-id"], r.Headers["webhook-timestamp"], r.Body) == r.Headers["webhook-signature"] ? 200 : 401);
        await using var server = await StartAsync(o =>
        {
            Webhooks(o, receiver, secret);
            o.WebhookMaxAttempts = 2;
            o.WebhookRetryDelay = TimeSpan.FromMilliseconds(5);
        });
        var client = server.FastClient();
        server.Faults.SignNextWebhookWrongly();

        var wrong = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.ResponseId == wrong.Id && d.Attempt == 2);
        var right = await client.CreateAsync(Request());
        await WaitAsync(server, d => d.ResponseId == right.Id);

        var rejected = server.WebhookDeliveries.Where(d => d.ResponseId == wrong.Id).ToList();
        Assert.Equal([401, 401], rejected.Select(d => d.StatusCode));
        Assert.All(rejected, d => Assert.Matches("^v1,[A-Za-z0-9+/]{43}=$", d.Headers["webhook-signature"]));
        Assert.Equal(200, server.WebhookDeliveries.Single(d => d.ResponseId == right.Id).StatusCode);
    }

    [Fact]
    public async Task WebhookUrlWithoutSecret_FailsAtStart()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { WebhookUrl = new Uri("http://127.0.0.1:9/hook") }));
        Assert.Contains("WebhookSecret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_")]
    public async Task MalformedSecret_FailsAtStart(string secret)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { WebhookUrl = new Uri("http://127.0.0.1:9/hook"), WebhookSecret = secret }));
        Assert.Contains("whsec_", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelativeUrlOrNoAttempts_FailAtStart()
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await Assert.ThrowsAsync<ArgumentException>(() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { WebhookUrl = new Uri("/hook", UriKind.Relative), WebhookSecret = secret }));
        await Assert.ThrowsAsync<ArgumentException>(() => FakeResponsesServer.StartAsync(new FakeResponsesServerOptions { WebhookUrl = new Uri("http://127.0.0.1:9/hook"), WebhookSecret = secret, WebhookMaxAttempts = 0 }));
    }

    [Fact]
    public async Task WithoutWebhookUrl_WaitingForAWebhookIsAnError()
    {
        await using var server = await StartAsync();
        Assert.Empty(server.WebhookDeliveries);
        await Assert.ThrowsAsync<InvalidOperationException>(() => server.WaitForWebhookAsync());
    }

    [Fact]
    public void CreateWebhookSecret_IsWhsecAnd32RandomBytes()
    {
        var one = FakeResponsesServer.CreateWebhookSecret();
        var two = FakeResponsesServer.CreateWebhookSecret();
        Assert.StartsWith("whsec_", one, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(one["whsec_".Length..]).Length);
        Assert.NotEqual(one, two);
    }

    /// <summary>The Standard Webhooks signature, computed here independently of the fake.</summary>
    internal static string Signature(string secret, string id, string timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
        using var hmac = new HMACSHA256(key);
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}")));
    }

    private static void Webhooks(FakeResponsesServerOptions options, LoopbackWebhookReceiver receiver, string secret)
    {
        options.WebhookUrl = receiver.Url;
        options.WebhookSecret = secret;
    }

    private static async Task<FakeWebhookDelivery> WaitAsync(FakeResponsesServer server, Func<FakeWebhookDelivery, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await server.WaitForWebhookAsync(predicate, timeout.Token);
    }

    private static async Task AssertTerminalEventAsync(Action<FakeResponsesServer> arm, string type, ResponseStatus status)
    {
        var secret = FakeResponsesServer.CreateWebhookSecret();
        await using var receiver = await LoopbackWebhookReceiver.StartAsync();
        await using var server = await StartAsync(o => Webhooks(o, receiver, secret));
        var client = server.FastClient();
        arm(server);

        var created = await client.CreateAsync(Request());
        var delivery = await WaitAsync(server, d => d.ResponseId == created.Id);

        Assert.Equal(status, server.GetResponse(created.Id)!.Status);
        Assert.Equal(type, delivery.EventType);
        var received = Assert.Single(receiver.Received);
        var id = received.Headers["webhook-id"];
        var createdAt = JsonDocument.Parse(received.Body).RootElement.GetProperty("created_at").GetInt64();
        JsonAssert.Equal($$"""{"id":"{{id}}","type":"{{type}}","created_at":{{createdAt}},"data":{"id":"{{created.Id}}"},"object":"event"}""", received.Body);
        Assert.Equal(Signature(secret, id, received.Headers["webhook-timestamp"], received.Body), received.Headers["webhook-signature"]);
    }
}
