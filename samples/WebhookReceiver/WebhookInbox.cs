using System.Collections.Concurrent;
using BackgroundResponses;

namespace WebhookReceiver;

/// <summary>
/// Hands each response's final webhook from the endpoint to the code waiting for it. Either side may come first: the
/// webhook can arrive before the waiter has registered.
/// </summary>
public sealed class WebhookInbox
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ResponseWebhookEvent>> _events = new(StringComparer.Ordinal);
    private int _handled;

    /// <summary>Gets how many events the endpoint's handler has run for (redeliveries it skipped are not counted).</summary>
    public int Handled => Volatile.Read(ref _handled);

    /// <summary>Records the event for its response.</summary>
    /// <param name="webhookEvent">The verified event.</param>
    public void Deliver(ResponseWebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        Interlocked.Increment(ref _handled);
        Slot(webhookEvent.ResponseId).TrySetResult(webhookEvent);
    }

    /// <summary>Waits for the final event of <paramref name="responseId"/>.</summary>
    /// <param name="responseId">The response.</param>
    /// <param name="cancellationToken">Ends the wait.</param>
    /// <returns>The event: completed, failed, cancelled or incomplete.</returns>
    public Task<ResponseWebhookEvent> WaitForAsync(string responseId, CancellationToken cancellationToken) =>
        Slot(responseId).Task.WaitAsync(cancellationToken);

    private TaskCompletionSource<ResponseWebhookEvent> Slot(string responseId) =>
        _events.GetOrAdd(responseId, _ => new TaskCompletionSource<ResponseWebhookEvent>(TaskCreationOptions.RunContinuationsAsynchronously));
}
