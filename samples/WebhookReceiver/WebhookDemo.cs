using System.Net;
using BackgroundResponses;
using BackgroundResponses.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace WebhookReceiver;

/// <summary>
/// Starts a background response and learns that it ended from OpenAI's webhook instead of polling: a minimal API app maps
/// the verified endpoint (<c>MapResponsesWebhooks</c>), the response is created, and once the <c>response.completed</c>
/// event arrives its output is fetched with <c>RetrieveAsync</c>. Offline the fake API posts the webhook to this app, and
/// delivers it a second time, as OpenAI may, to show that the handler runs once per event. Online the API is OpenAI
/// (<c>OPENAI_API_KEY</c>) or Azure OpenAI (<c>AZURE_OPENAI_ENDPOINT</c>, <c>AZURE_OPENAI_API_KEY</c> or keyless,
/// <c>AZURE_OPENAI_DEPLOYMENT</c>), and the endpoint's signing secret comes from <c>OPENAI_WEBHOOK_SECRET</c>.
/// </summary>
public static class WebhookDemo
{
    /// <summary>Runs the demo, online against OpenAI's defaults (<c>OPENAI_API_KEY</c>) when <paramref name="liveSecret"/> is set.</summary>
    /// <param name="settings">Port, prompt, model.</param>
    /// <param name="liveSecret">The signing secret of the endpoint registered with OpenAI; <see langword="null"/> runs offline.</param>
    /// <param name="output">Where to print.</param>
    /// <param name="cancellationToken">Bounds the run: cancel it on a timeout or Ctrl+C.</param>
    /// <returns>0 when the completed response arrived through the webhook and was retrieved; 1 otherwise.</returns>
    public static Task<int> RunAsync(ReceiverSettings settings, string? liveSecret, TextWriter output, CancellationToken cancellationToken) =>
        RunAsync(settings, liveSecret, onlineOptions: null, output, cancellationToken);

    /// <summary>Runs the demo.</summary>
    /// <param name="settings">Port, prompt, model.</param>
    /// <param name="liveSecret">
    /// The signing secret of the endpoint registered with the real API (the OpenAI dashboard, or the Azure OpenAI resource);
    /// <see langword="null"/> runs offline against an in-process fake with a generated secret.
    /// </param>
    /// <param name="onlineOptions">
    /// The client's options online (Azure's address and sign-in, say); <see langword="null"/> for OpenAI's defaults, which read
    /// <c>OPENAI_API_KEY</c>. Not used offline.
    /// </param>
    /// <param name="output">Where to print.</param>
    /// <param name="cancellationToken">Bounds the run: cancel it on a timeout or Ctrl+C.</param>
    /// <returns>0 when the completed response arrived through the webhook and was retrieved; 1 otherwise.</returns>
    public static async Task<int> RunAsync(ReceiverSettings settings, string? liveSecret, ResponsesClientOptions? onlineOptions, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        output = TextWriter.Synchronized(output);
        var secret = liveSecret ?? FakeResponsesServer.CreateWebhookSecret();
        var inbox = new WebhookInbox();

        await using var app = BuildReceiver(settings.Port, secret, inbox, output);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var endpoint = new Uri(address.TrimEnd('/') + ReceiverSettings.WebhookPath);
        await output.WriteLineAsync($"Webhook endpoint listening at {endpoint}");

        await using var fake = liveSecret is null ? await StartFakeAsync(endpoint, secret, cancellationToken) : null;
        if (fake is null)
        {
            await output.WriteLineAsync($"Online, model {settings.Model}: the service posts to the public URL you registered for the endpoint (for example a tunnel to port {settings.Port}), ending in {ReceiverSettings.WebhookPath}.");
        }
        else
        {
            await output.WriteLineAsync($"Offline: a fake Responses API at {fake.BaseAddress} posts its signed webhooks to the endpoint (set OPENAI_API_KEY or AZURE_OPENAI_ENDPOINT, and OPENAI_WEBHOOK_SECRET, to use a real one).");

            // OpenAI delivers at least once; the endpoint must not run the handler twice for one event.
            fake.Faults.DeliverNextWebhookTwice();
        }

        var client = fake?.CreateClient() ?? new ResponsesClient(onlineOptions ?? new ResponsesClientOptions { ApplicationId = "webhook-receiver-sample" });
        var created = await client.CreateAsync(new CreateResponseRequest { Model = settings.Model, Input = settings.Prompt }, cancellationToken: cancellationToken);
        await output.WriteLineAsync($"Created {created.Id} ({created.Status}) in the background. Nothing polls it: the webhook says when it is done.");

        var ended = await inbox.WaitForAsync(created.Id, cancellationToken);
        if (ended is not ResponseCompletedWebhookEvent)
        {
            await output.WriteLineAsync($"✗ The response did not complete: the webhook was {ended.Type}.");
            return 1;
        }

        var response = await client.RetrieveAsync(ended.ResponseId, cancellationToken);
        if (response.Status != ResponseStatus.Completed)
        {
            await output.WriteLineAsync($"✗ The webhook said completed, but the response is {response.Status}.");
            return 1;
        }

        await output.WriteLineAsync($"Retrieved {response.Id}:");
        await output.WriteLineAsync();
        await output.WriteLineAsync(response.OutputText);
        await output.WriteLineAsync();

        if (fake is not null)
        {
            var again = await fake.WaitForWebhookAsync(d => d.EventId == ended.Id && d.Attempt == 2, cancellationToken);
            if (again.StatusCode != (int)HttpStatusCode.OK || inbox.Handled != 1)
            {
                await output.WriteLineAsync($"✗ The redelivery of {ended.Id} was answered {again.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? again.Error?.Message} and the handler ran {inbox.Handled} times; expected 200 and once.");
                return 1;
            }

            await output.WriteLineAsync($"The fake delivered {ended.Id} again: answered 200 without running the handler again.");
        }

        await output.WriteLineAsync("✓ Done.");
        return 0;
    }

    private static WebApplication BuildReceiver(int port, string secret, WebhookInbox inbox, TextWriter output)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));

        // Warnings only: the endpoint logs a rejected delivery (a wrong secret, a stale timestamp) at that level.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // This is all a real receiver needs: the secret (here in code; by default from OpenAI:Webhooks:Secret or
        // OPENAI_WEBHOOK_SECRET) and a handler. Verification, the body limit and de-duplication are the endpoint's.
        builder.Services.AddResponsesWebhooks(options => options.Secret = secret);
        var app = builder.Build();
        app.MapResponsesWebhooks(ReceiverSettings.WebhookPath, async (webhookEvent, cancellationToken) =>
        {
            await output.WriteLineAsync($"← webhook {webhookEvent.Type} ({webhookEvent.Id})".AsMemory(), cancellationToken);
            if (webhookEvent is ResponseWebhookEvent responseEvent)
            {
                inbox.Deliver(responseEvent);
            }
        });
        return app;
    }

    private static Task<FakeResponsesServer> StartFakeAsync(Uri endpoint, string secret, CancellationToken cancellationToken) =>
        FakeResponsesServer.StartAsync(
            new FakeResponsesServerOptions
            {
                WebhookUrl = endpoint,
                WebhookSecret = secret,
                OutputText = _ => "Whiskers on the bank / the kelp sways, the tide turns slow / a knock: it is done.",
                EventDelay = TimeSpan.FromMilliseconds(5),
                QueuedDuration = TimeSpan.FromMilliseconds(300),
            },
            cancellationToken);
}
