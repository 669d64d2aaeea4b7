using System.Net;
using System.Text;
using BackgroundResponses.AspNetCore.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.AspNetCore.Tests.Webhooks;

public class ResponsesWebhookEndpointTests
{
    [Fact]
    public async Task ValidDelivery_RunsTheHandlerOnce_WithTheTypedEventAndTheRequestServices()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent(responseId: "resp_42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (handled, greeting) = Assert.Single(app.Recorder.Handled);
        var completed = Assert.IsType<ResponseCompletedWebhookEvent>(handled);
        Assert.Equal("resp_42", completed.ResponseId);
        Assert.Equal("evt_685343a1381c819085d44c354e1b330e", completed.Id);
        Assert.Equal("hello from DI", greeting);
    }

    [Fact]
    public async Task HandlerWithoutServices_GetsTheEventAndTheRequestToken()
    {
        var events = new List<WebhookEvent>();
        await using var app = await WebhookTestApp.StartAsync(map: a => a.MapResponsesWebhooks(WebhookTestApp.Path, (e, cancellationToken) =>
        {
            Assert.True(cancellationToken.CanBeCanceled);
            events.Add(e);
            return Task.CompletedTask;
        }));

        using var response = await app.DeliverAsync("""{"id":"evt_1","object":"event","created_at":1750287018,"type":"response.failed","data":{"id":"resp_1"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<ResponseFailedWebhookEvent>(Assert.Single(events));
    }

    [Fact]
    public async Task UnknownEventType_ReachesTheHandlerAsUnknownWebhookEvent()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.DeliverAsync("""{"id":"evt_2","object":"event","created_at":1750287018,"type":"something.new","data":{"id":"x_1"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var unknown = Assert.IsType<UnknownWebhookEvent>(Assert.Single(app.Recorder.Handled).Event);
        Assert.Equal("something.new", unknown.Type);
    }

    public static TheoryData<string, HttpStatusCode, WebhookVerificationFailure> Tampered() => new()
    {
        { "no webhook-id", HttpStatusCode.BadRequest, WebhookVerificationFailure.MissingHeader },
        { "no webhook-timestamp", HttpStatusCode.BadRequest, WebhookVerificationFailure.MissingHeader },
        { "no webhook-signature", HttpStatusCode.BadRequest, WebhookVerificationFailure.MissingHeader },
        { "two webhook-id headers", HttpStatusCode.BadRequest, WebhookVerificationFailure.DuplicateHeader },
        { "timestamp not a number", HttpStatusCode.BadRequest, WebhookVerificationFailure.MalformedTimestamp },
        { "only a v2 signature", HttpStatusCode.BadRequest, WebhookVerificationFailure.NoSupportedSignature },
        { "signed with another secret", HttpStatusCode.Unauthorized, WebhookVerificationFailure.NoMatchingSignature },
        { "body altered after signing", HttpStatusCode.Unauthorized, WebhookVerificationFailure.NoMatchingSignature },
        { "id altered after signing", HttpStatusCode.Unauthorized, WebhookVerificationFailure.NoMatchingSignature },
        { "timestamp six minutes old", HttpStatusCode.Unauthorized, WebhookVerificationFailure.TimestampOutsideTolerance },
        { "timestamp six minutes ahead", HttpStatusCode.Unauthorized, WebhookVerificationFailure.TimestampOutsideTolerance },
    };

    [Theory]
    [MemberData(nameof(Tampered))]
    public async Task FailedVerification_IsAnsweredWithoutRunningTheHandler(string tampering, HttpStatusCode expected, WebhookVerificationFailure reason)
    {
        await using var app = await WebhookTestApp.StartAsync();
        var body = WebhookSigner.CompletedEvent();
        var now = app.Time.GetUtcNow();
        var signedAt = tampering switch
        {
            "timestamp six minutes old" => now.AddMinutes(-6),
            "timestamp six minutes ahead" => now.AddMinutes(6),
            _ => now,
        };
        using var request = WebhookSigner.Request(
            WebhookTestApp.Path,
            "wh_tampered",
            signedAt,
            body,
            tampering == "signed with another secret" ? Convert.FromBase64String(WebhookSigner.OtherSecret["whsec_".Length..]) : null);
        switch (tampering)
        {
            case "no webhook-id":
                request.Headers.Remove("webhook-id");
                break;
            case "no webhook-timestamp":
                request.Headers.Remove("webhook-timestamp");
                break;
            case "no webhook-signature":
                request.Headers.Remove("webhook-signature");
                break;
            case "two webhook-id headers":
                request.Headers.Add("webhook-id", "wh_other");
                break;
            case "timestamp not a number":
                request.Headers.Remove("webhook-timestamp");
                request.Headers.Add("webhook-timestamp", "yesterday");
                break;
            case "only a v2 signature":
                request.Headers.Remove("webhook-signature");
                request.Headers.Add("webhook-signature", "v2," + Convert.ToBase64String(new byte[32]));
                break;
            case "body altered after signing":
                request.Content = new StringContent(body.Replace("resp_abc123", "resp_evil", StringComparison.Ordinal), Encoding.UTF8, "application/json");
                break;
            case "id altered after signing":
                request.Headers.Remove("webhook-id");
                request.Headers.Add("webhook-id", "wh_replayed");
                break;
        }

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(app.Recorder.Handled);
        var warning = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains(reason.ToString(), warning.Message, StringComparison.Ordinal);
        Assert.Contains(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidSignatureOverABodyThatIsNotAnEvent_IsABadRequest()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.DeliverAsync("[1,2,3]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Recorder.Handled);
        Assert.Contains(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Id.Name == "WebhookBodyUnreadable");
    }

    [Fact]
    public async Task Get_IsNotAllowed()
    {
        await using var app = await WebhookTestApp.StartAsync();

        using var response = await app.Client.GetAsync(WebhookTestApp.Path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Redelivery_IsAcknowledgedWithoutRunningTheHandlerAgain()
    {
        await using var app = await WebhookTestApp.StartAsync();
        var body = WebhookSigner.CompletedEvent();

        using var first = await app.DeliverAsync(body, id: "wh_same");
        app.Time.Advance(TimeSpan.FromMinutes(30)); // OpenAI signs each attempt afresh: new timestamp, same webhook-id
        using var second = await app.DeliverAsync(body, id: "wh_same");
        using var other = await app.DeliverAsync(body, id: "wh_different");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(2, app.Recorder.Handled.Count);
        var duplicate = Assert.Single(app.Logs.GetSnapshot(), r => r.Id.Name == "WebhookDuplicate");
        Assert.Equal(LogLevel.Information, duplicate.Level);
        Assert.Contains("wh_same", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandlerFailure_IsAServerError_AndTheRetryRunsTheHandlerAgain()
    {
        await using var app = await WebhookTestApp.StartAsync();
        var calls = 0;
        app.Recorder.Before = _ => Interlocked.Increment(ref calls) == 1 ? throw new InvalidOperationException("database down") : Task.CompletedTask;
        var body = WebhookSigner.CompletedEvent();

        using var failed = await app.DeliverAsync(body, id: "wh_retry");
        using var retried = await app.DeliverAsync(body, id: "wh_retry");
        using var again = await app.DeliverAsync(body, id: "wh_retry");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, calls);
        Assert.Single(app.Recorder.Handled);
        var error = Assert.Single(app.Logs.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task SimultaneousDeliveriesOfOneId_OnOneInstance_RunTheHandlerOnce()
    {
        await using var app = await WebhookTestApp.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        app.Recorder.Before = async _ =>
        {
            Interlocked.Increment(ref calls);
            entered.TrySetResult();
            await release.Task;
        };
        var body = WebhookSigner.CompletedEvent();

        var first = app.DeliverAsync(body, id: "wh_race");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = app.DeliverAsync(body, id: "wh_race");
        await Task.Delay(50);
        Assert.False(second.IsCompleted); // it waits for the first instead of answering before the outcome is known
        release.SetResult();

        using var firstResponse = await first.WaitAsync(TimeSpan.FromSeconds(10));
        using var secondResponse = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task SimultaneousDeliveryOfAFailingOne_IsAlsoAServerError()
    {
        await using var app = await WebhookTestApp.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Recorder.Before = async _ =>
        {
            entered.TrySetResult();
            await release.Task;
            throw new InvalidOperationException("failed");
        };
        var body = WebhookSigner.CompletedEvent();

        var first = app.DeliverAsync(body, id: "wh_race_fail");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = app.DeliverAsync(body, id: "wh_race_fail");
        await Task.Delay(50);
        release.SetResult();

        using var firstResponse = await first.WaitAsync(TimeSpan.FromSeconds(10));
        using var secondResponse = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.InternalServerError, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, secondResponse.StatusCode);
    }

    [Fact]
    public async Task ConventionBuilder_IsReturned_SoRequireHostApplies()
    {
        await using var app = await WebhookTestApp.StartAsync(map: a => a.MapResponsesWebhooks(WebhookTestApp.Path, a.Services.GetRequiredService<WebhookRecorder>().HandleAsync)
            .RequireHost("hooks.example.com")
            .WithName("openai-webhooks"));
        var body = WebhookSigner.CompletedEvent();

        using var wrongHost = await app.DeliverAsync(body, id: "wh_host_1");
        using var request = WebhookSigner.Request(WebhookTestApp.Path, "wh_host_2", app.Time.GetUtcNow(), body);
        request.Headers.Host = "hooks.example.com";
        using var rightHost = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, wrongHost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightHost.StatusCode);
        Assert.Single(app.Recorder.Handled);
    }

    [Fact]
    public async Task Endpoint_AllowsAnonymousRequests_UnderAFallbackPolicyThatRequiresAUser()
    {
        await using var app = await WebhookTestApp.StartAsync(
            builder => builder.Services
                .AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
                .AddAuthentication(),
            map: a =>
            {
                a.UseAuthorization();
                a.MapGet("/private", () => "secret");
                return a.MapResponsesWebhooks(WebhookTestApp.Path, a.Services.GetRequiredService<WebhookRecorder>().HandleAsync);
            });

        using var response = await app.DeliverAsync(WebhookSigner.CompletedEvent());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Recorder.Handled);

        // The policy is in force: an ordinary endpoint is refused (no scheme is registered to challenge with).
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.Client.GetAsync("/private"));
    }

    [Fact]
    public async Task Map_WithoutAddResponsesWebhooks_SaysWhatIsMissing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapResponsesWebhooks("/hooks", (_, _) => Task.CompletedTask));

        Assert.Contains("AddResponsesWebhooks", error.Message, StringComparison.Ordinal);
    }
}
