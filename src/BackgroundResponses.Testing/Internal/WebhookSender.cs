using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses.Testing;

/// <summary>
/// Sends the fake server's webhook events: signs them the Standard Webhooks way (with the BCL's HMAC, independently of the SDK's
/// verifier, so each checks the other), retries non-2xx answers with doubling delays on the server's clock, and logs every attempt.
/// Deliveries run on their own tasks so a slow or dead receiver never holds up a response.
/// </summary>
internal sealed class WebhookSender : IAsyncDisposable
{
    private const string SecretPrefix = "whsec_";

    private readonly Uri _url;
    private readonly byte[] _key;
    private readonly FakeResponsesServerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly FakeResponsesFaults _faults;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _shutdown = new();
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private readonly List<FakeWebhookDelivery> _deliveries = [];
    private readonly List<Task> _pending = [];
    private TaskCompletionSource _changed = NewSignal();
    private bool _closed;

    public WebhookSender(Uri url, byte[] key, FakeResponsesServerOptions options, TimeProvider timeProvider, FakeResponsesFaults faults)
    {
        _url = url;
        _key = key;
        _options = options;
        _timeProvider = timeProvider;
        _faults = faults;
        _http = new HttpClient { Timeout = options.WebhookTimeout };
    }

    public IReadOnlyList<FakeWebhookDelivery> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>Checks the webhook settings, so a mistake shows at start-up rather than as a missing event later.</summary>
    /// <returns>The decoded signing key, or <see langword="null"/> when no webhooks are configured.</returns>
    public static byte[]? Validate(FakeResponsesServerOptions options)
    {
        const string Param = "options";
        if (options.WebhookSecret is null)
        {
            if (options.WebhookUrl is not null)
            {
                throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookUrl)} is set but {nameof(FakeResponsesServerOptions.WebhookSecret)} is not: webhook events are always signed. FakeResponsesServer.CreateWebhookSecret() makes a secret.", Param);
            }

            return null;
        }

        var key = DecodeSecret(options.WebhookSecret);
        if (options.WebhookUrl is null)
        {
            return null;
        }

        if (!options.WebhookUrl.IsAbsoluteUri || (options.WebhookUrl.Scheme != Uri.UriSchemeHttp && options.WebhookUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookUrl)} must be an absolute http or https URL; got '{options.WebhookUrl}'.", Param);
        }

        if (options.WebhookMaxAttempts < 1)
        {
            throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookMaxAttempts)} must be at least 1; got {options.WebhookMaxAttempts}.", Param);
        }

        if (options.WebhookRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookRetryDelay)} must not be negative; got {options.WebhookRetryDelay}.", Param);
        }

        if (options.WebhookTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookTimeout)} must be positive; got {options.WebhookTimeout}.", Param);
        }

        return key;
    }

    public static string CreateSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The <c>webhook-signature</c> value: <c>v1,</c> and the base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>.</summary>
    public static string Sign(byte[] key, string eventId, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{eventId}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>Starts delivering the event for a background response that reached <paramref name="status"/>; returns at once.</summary>
    public void Send(string responseId, ResponseStatus status)
    {
        string? type = status.Value switch
        {
            "completed" => "response.completed",
            "failed" => "response.failed",
            "cancelled" => "response.cancelled",
            "incomplete" => "response.incomplete",
            _ => null,
        };
        if (type is null)
        {
            return;
        }

        var eventId = FakeResponse.NewId("evt_");
        var body = Body(eventId, type, _timeProvider.GetUtcNow().ToUnixTimeSeconds(), responseId);
        var fault = _faults.TakeWebhookFault();
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _pending.RemoveAll(task => task.IsCompleted);
            _pending.Add(Task.Run(() => DeliverAsync(eventId, type, responseId, body, fault, _shutdown.Token)));
        }
    }

    /// <summary>The first logged delivery that matches, waiting for one if there is none yet.</summary>
    public async Task<FakeWebhookDelivery> WaitAsync(Func<FakeWebhookDelivery, bool>? predicate, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                foreach (var delivery in _deliveries)
                {
                    if (predicate is null || predicate(delivery))
                    {
                        return delivery;
                    }
                }

                changed = _changed.Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            _closed = true;
            pending = [.. _pending];
        }

        await _shutdown.CancelAsync().ConfigureAwait(false);

        // Every delivery ends quietly on shutdown, so waiting here only makes sure none still uses the client below.
        await Task.WhenAll(pending).ConfigureAwait(false);
        _http.Dispose();
        _shutdown.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static byte[] DecodeSecret(string secret)
    {
        var encoded = secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret;
        var key = new byte[encoded.Length];
        if (encoded.Length == 0 || !Convert.TryFromBase64String(encoded, key, out var written) || written == 0)
        {
            throw new ArgumentException($"{nameof(FakeResponsesServerOptions.WebhookSecret)} is not a valid secret: expected 'whsec_' followed by base64, or the base64 alone.", "options");
        }

        return key[..written];
    }

    private static string Body(string eventId, string type, long createdAt, string responseId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", eventId);
            writer.WriteString("type", type);
            writer.WriteNumber("created_at", createdAt);
            writer.WriteStartObject("data");
            writer.WriteString("id", responseId);
            writer.WriteEndObject();
            writer.WriteString("object", "event");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task DeliverAsync(string eventId, string type, string responseId, string body, WebhookFault? fault, CancellationToken cancellationToken)
    {
        try
        {
            if (fault is { Kind: WebhookFaultKind.Delay } late)
            {
                await Task.Delay(late.Delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var key = fault is { Kind: WebhookFaultKind.BadSignature } ? RandomNumberGenerator.GetBytes(32) : _key;
            var attempt = await DeliverOnceAsync(eventId, type, responseId, body, key, 0, cancellationToken).ConfigureAwait(false);
            if (fault is { Kind: WebhookFaultKind.DeliverTwice })
            {
                await DeliverOnceAsync(eventId, type, responseId, body, key, attempt, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The server is shutting down; undelivered events are dropped like on a real service that gives up. Whatever the
            // attempt in flight failed with (a cancellation, or a refused connection that lost the race with it) ends here,
            // never in the server's DisposeAsync.
        }
    }

    /// <summary>Sends until the receiver accepts or the attempts run out.</summary>
    /// <returns>The number of the last attempt made.</returns>
    private async Task<int> DeliverOnceAsync(string eventId, string type, string responseId, string body, byte[] key, int attempt, CancellationToken cancellationToken)
    {
        for (var tries = 0; tries < _options.WebhookMaxAttempts; tries++)
        {
            if (tries > 0)
            {
                var delay = _options.WebhookRetryDelay * Math.Pow(2, tries - 1);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }

            attempt++;
            var sentAt = _timeProvider.GetUtcNow();
            var timestamp = sentAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["webhook-id"] = eventId,
                ["webhook-timestamp"] = timestamp,
                ["webhook-signature"] = Sign(key, eventId, sentAt.ToUnixTimeSeconds(), body),
            };
            int? statusCode = null;
            Exception? error = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                foreach (var (name, value) in headers)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                statusCode = (int)response.StatusCode;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A dead or slow receiver is the receiver's problem: it is logged and retried, never thrown into the server.
                error = ex;
            }

            var delivery = new FakeWebhookDelivery(eventId, type, responseId, attempt, statusCode, error, sentAt, headers, body);
            lock (_gate)
            {
                _deliveries.Add(delivery);
                var changed = _changed;
                _changed = NewSignal();
                changed.TrySetResult();
            }

            if (delivery.Succeeded)
            {
                return attempt;
            }
        }

        return attempt;
    }
}
