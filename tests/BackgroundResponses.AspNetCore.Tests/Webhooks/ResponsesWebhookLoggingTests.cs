using System.Net;
using System.Text;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore.Tests.Webhooks;

public class ResponsesWebhookLoggingTests
{
    [Fact]
    public async Task NoLogRecord_AtAnyLevel_HoldsTheSecretTheSignatureOrTheBody()
    {
        await using var app = await WebhookTestApp.StartAsync(builder => builder.Services.Configure<ResponsesWebhookOptions>(o => o.MaxBodyBytes = 2048));
        const string Marker = "resp_private_customer_data";
        var body = WebhookSigner.CompletedEvent(responseId: Marker);
        var signatures = new List<string>();
        async Task SendAsync(HttpRequestMessage request)
        {
            signatures.AddRange(request.Headers.TryGetValues("webhook-signature", out var values) ? values : []);
            using var response = await app.Client.SendAsync(request);
        }

        app.Recorder.Before = e => e.Id == "evt_boom" ? throw new InvalidOperationException("handler failed") : Task.CompletedTask;
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_ok", app.Time.GetUtcNow(), body));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_ok", app.Time.GetUtcNow(), body));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_bad", app.Time.GetUtcNow(), body, key: new byte[32]));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_old", app.Time.GetUtcNow().AddHours(-1), body));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_json", app.Time.GetUtcNow(), "{\"" + Marker + "\":"));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_big", app.Time.GetUtcNow(), body + new string(' ', 4096)));
        await SendAsync(WebhookSigner.Request(WebhookTestApp.Path, "wh_boom", app.Time.GetUtcNow(), WebhookSigner.CompletedEvent(eventId: "evt_boom", responseId: Marker)));

        var records = app.Logs.GetSnapshot();
        Assert.Contains(records, r => r.Level == LogLevel.Warning);
        Assert.Contains(records, r => r.Level == LogLevel.Error);
        var secretBase64 = WebhookSigner.Secret["whsec_".Length..];
        foreach (var record in records)
        {
            var text = new StringBuilder(record.Message).Append(' ').Append(record.Exception).Append(' ');
            foreach (var pair in record.StructuredState ?? [])
            {
                text.Append(pair.Key).Append('=').Append(pair.Value).Append(' ');
            }

            var all = text.ToString();
            Assert.DoesNotContain(secretBase64, all, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, all, StringComparison.Ordinal);
            foreach (var signature in signatures)
            {
                Assert.DoesNotContain(signature["v1,".Length..], all, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task HandledDelivery_IsLoggedAtDebug_WithItsIds()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent(eventId: "evt_logged"), id: "wh_logged");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Name == "WebhookHandled");
        Assert.Equal(LogLevel.Debug, handled.Level);
        Assert.Contains("wh_logged", handled.Message, StringComparison.Ordinal);
        Assert.Contains("evt_logged", handled.Message, StringComparison.Ordinal);
        Assert.Contains("response.completed", handled.Message, StringComparison.Ordinal);
    }
}
