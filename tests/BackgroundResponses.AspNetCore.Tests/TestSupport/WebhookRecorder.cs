using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace BackgroundResponses.AspNetCore.Tests.TestSupport;

/// <summary>The test handler: records each event and the scoped service it resolved; can be told to fail or to wait.</summary>
public sealed class WebhookRecorder
{
    public ConcurrentQueue<(WebhookEvent Event, string Greeting)> Handled { get; } = new();

    public Func<WebhookEvent, Task>? Before { get; set; }

    public async Task HandleAsync(WebhookEvent webhookEvent, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Before is { } before)
        {
            await before(webhookEvent);
        }

        Handled.Enqueue((webhookEvent, services.GetRequiredService<ScopedGreeting>().Text));
    }
}
