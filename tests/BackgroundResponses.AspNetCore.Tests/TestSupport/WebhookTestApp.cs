using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>
/// An ASP.NET Core application on an in-memory <see cref="TestServer"/> with the webhook endpoint at <see cref="Path"/>,
/// a fake clock, and every log record collected. The handler records what it received.
/// </summary>
public sealed class WebhookTestApp : IAsyncDisposable
{
    public const string Path = "/webhooks/openai";

    private WebhookTestApp(WebApplication app, FakeTimeProvider time, WebhookRecorder recorder)
    {
        App = app;
        Time = time;
        Recorder = recorder;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public WebhookRecorder Recorder { get; }

    public FakeLogCollector Logs => App.Services.GetRequiredService<FakeLogCollector>();

    /// <summary>
    /// Starts the application. By default the secret is <see cref="WebhookSigner.Secret"/>, set in code, and the
    /// endpoint's handler records each event and resolves <see cref="ScopedGreeting"/> from the request's services.
    /// </summary>
    public static async Task<WebhookTestApp> StartAsync(
        Action<WebApplicationBuilder>? configure = null,
        Func<WebApplication, IEndpointConventionBuilder>? map = null,
        bool addWebhooks = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders().AddFakeLogging().SetMinimumLevel(LogLevel.Trace);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var recorder = new WebhookRecorder();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(recorder);
        builder.Services.AddScoped<ScopedGreeting>();
        if (addWebhooks)
        {
            builder.Services.AddResponsesWebhooks(options => options.Secret ??= WebhookSigner.Secret);
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        if (map is null)
        {
            app.MapResponsesWebhooks(Path, recorder.HandleAsync);
        }
        else
        {
            map(app);
        }

        await app.StartAsync();
        return new WebhookTestApp(app, time, recorder);
    }

    /// <summary>Posts a correctly signed delivery, stamped with the fake clock's time.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string body, string id = "wh_test_1", string path = Path) =>
        Client.SendAsync(WebhookSigner.Request(path, id, Time.GetUtcNow(), body));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
