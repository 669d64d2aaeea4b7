using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.Tests.Testing;

/// <summary>
/// A plain HTTP receiver on loopback Kestrel that records what the fake server POSTs and answers with the status the test
/// picks per request: it knows nothing about signatures, so the tests check them independently.
/// </summary>
internal sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ReceivedWebhook> _received = [];

    private LoopbackWebhookReceiver(Func<ReceivedWebhook, int> answer)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/webhooks", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            ReceivedWebhook received;
            lock (_gate)
            {
                received = new ReceivedWebhook(_received.Count, headers, body);
                _received.Add(received);
            }

            context.Response.StatusCode = answer(received);
        });
    }

    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Starts a receiver at <c>http://127.0.0.1:{port}/webhooks</c>.</summary>
    /// <param name="answer">The status for each request; <see langword="null"/> answers 200.</param>
    public static async Task<LoopbackWebhookReceiver> StartAsync(Func<ReceivedWebhook, int>? answer = null)
    {
        var receiver = new LoopbackWebhookReceiver(answer ?? (_ => StatusCodes.Status200OK));
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/webhooks");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
