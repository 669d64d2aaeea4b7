using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace BackgroundResponses.AspNetCore;

/// <summary>
/// What every endpoint added by <c>MapResponsesWebhooks</c> does with a delivery: read the body within the limit,
/// verify it, skip it if it was handled before, run the handler, remember it. One per application (a singleton).
/// </summary>
internal sealed class ResponsesWebhookEndpoint
{
    private const int InitialBufferSize = 4096;

    // Any value marks the id as handled; the entry's presence is what counts.
    private static readonly byte[] HandledMarker = [1];

    private readonly IOptionsMonitor<ResponsesWebhookOptions> _options;
    private readonly IDistributedCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    // Deliveries being handled on this instance, by cache key: a second delivery of one of them waits for the first's
    // outcome instead of running the handler beside it. Across instances only the cache protects, and not atomically.
    private readonly ConcurrentDictionary<string, Task<bool>> _inFlight = new(StringComparer.Ordinal);

    private readonly object _verifierLock = new();
    private (ResponsesWebhookOptions Options, ResponsesWebhookVerifier Verifier)? _verifier;

    public ResponsesWebhookEndpoint(
        IOptionsMonitor<ResponsesWebhookOptions> options,
        IDistributedCache cache,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        _options = options;
        _cache = cache;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)loggerFactory?.CreateLogger<ResponsesWebhookEndpoint>() ?? NullLogger.Instance;
    }

    public async Task HandleAsync(HttpContext context, Func<WebhookEvent, IServiceProvider, CancellationToken, Task> handler)
    {
        var options = _options.CurrentValue;
        var request = context.Request;
        var path = request.Path.ToString();
        var cancellationToken = context.RequestAborted;

        var body = await ReadBodyAsync(context, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            Log.WebhookBodyTooLarge(_logger, path, options.MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        WebhookEvent webhookEvent;
        string webhookId;
        try
        {
            var headers = SignedHeaders(request.Headers);
            webhookEvent = GetVerifier(options).Unwrap(body.Value, headers);
            webhookId = headers[WebhookHeaderNames.Id];
        }
        catch (WebhookVerificationException ex)
        {
            var status = StatusFor(ex.Reason);
            Log.WebhookRejected(_logger, path, status, ex.Reason, ex.HeaderName);
            context.Response.StatusCode = status;
            return;
        }
        catch (ResponsesSerializationException)
        {
            Log.WebhookBodyUnreadable(_logger, request.Headers[WebhookHeaderNames.Id].ToString(), path);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.StatusCode = await DeliverOnceAsync(context, handler, options, webhookId, webhookEvent).ConfigureAwait(false);
    }

    /// <summary>400 for a request that is not a well-formed delivery; 401 for one that is but cannot be trusted.</summary>
    internal static int StatusFor(WebhookVerificationFailure reason) => reason switch
    {
        WebhookVerificationFailure.MissingHeader
            or WebhookVerificationFailure.DuplicateHeader
            or WebhookVerificationFailure.MalformedTimestamp
            or WebhookVerificationFailure.NoSupportedSignature => StatusCodes.Status400BadRequest,

        // TimestampOutsideTolerance, NoMatchingSignature, and any reason added later: not authenticated.
        _ => StatusCodes.Status401Unauthorized,
    };

    /// <summary>
    /// The three signed headers. A header sent twice is rejected here: which of its values was signed is ambiguous,
    /// and a dictionary can hold only one.
    /// </summary>
    private static Dictionary<string, string> SignedHeaders(IHeaderDictionary requestHeaders)
    {
        var headers = new Dictionary<string, string>(3, StringComparer.OrdinalIgnoreCase);
        foreach (var name in (ReadOnlySpan<string>)[WebhookHeaderNames.Id, WebhookHeaderNames.Timestamp, WebhookHeaderNames.Signature])
        {
            StringValues values = requestHeaders[name];
            if (values.Count > 1)
            {
                throw new WebhookVerificationException(WebhookVerificationFailure.DuplicateHeader, name, $"The {name} header appears more than once.");
            }

            if (values.Count == 1 && values[0] is { } value)
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    /// <summary>
    /// The body, or <see langword="null"/> when it is longer than <paramref name="maxBodyBytes"/>. A declared length is
    /// checked first, but the limit is enforced on the bytes read, so a chunked or lying request cannot pass it.
    /// </summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext context, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var declared = context.Request.ContentLength;
        if (declared > maxBodyBytes)
        {
            return null;
        }

        // The server's own limit (30 MB in Kestrel) must not decide first with an exception; this method decides.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBodyBytes + 1;
        }

        // One byte past the limit is enough to know the body is too long.
        var capacity = (int)Math.Min(maxBodyBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(capacity, declared is { } length ? length + 1 : InitialBufferSize));
        var read = 0;
        try
        {
            var stream = context.Request.Body;
            while (true)
            {
                if (read == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(capacity, (long)buffer.Length * 2));
                    buffer.AsSpan(0, read).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var count = await stream.ReadAsync(buffer.AsMemory(read, Math.Min(buffer.Length, capacity) - read), cancellationToken).ConfigureAwait(false);
                if (count == 0)
                {
                    break;
                }

                read += count;
                if (read > maxBodyBytes)
                {
                    return null;
                }
            }

            // A copy of the exact length: the verifier and the handler may outlive this method's pooled buffer.
            return buffer.AsSpan(0, read).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs the handler unless this delivery was handled before; the status code to answer.</summary>
    private async Task<int> DeliverOnceAsync(
        HttpContext context,
        Func<WebhookEvent, IServiceProvider, CancellationToken, Task> handler,
        ResponsesWebhookOptions options,
        string webhookId,
        WebhookEvent webhookEvent)
    {
        var key = options.CacheKeyPrefix + webhookId;
        var cancellationToken = context.RequestAborted;
        var outcome = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        while (!_inFlight.TryAdd(key, outcome.Task))
        {
            if (_inFlight.TryGetValue(key, out var running))
            {
                // The same delivery is being handled here right now: answer as it will be answered.
                var handled = await running.WaitAsync(cancellationToken).ConfigureAwait(false);
                if (handled)
                {
                    Log.WebhookDuplicate(_logger, webhookId, webhookEvent.Type, webhookEvent.Id);
                    return StatusCodes.Status200OK;
                }

                return StatusCodes.Status500InternalServerError;
            }
        }

        // Claimed before the cache is read, and released only after the id is recorded: a delivery arriving between
        // the two finds one or the other.
        var succeeded = false;
        try
        {
            if (await WasHandledAsync(key, webhookId, cancellationToken).ConfigureAwait(false))
            {
                Log.WebhookDuplicate(_logger, webhookId, webhookEvent.Type, webhookEvent.Id);
                succeeded = true;
                return StatusCodes.Status200OK;
            }

            var started = _timeProvider.GetTimestamp();
            try
            {
                await handler(webhookEvent, context.RequestServices, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The sender is gone; nobody reads the answer, and it will deliver again.
                Log.WebhookAbandoned(_logger, webhookId);
                return StatusCodes.Status499ClientClosedRequest;
            }
            catch (Exception ex)
            {
                // Answered here rather than left to the host's exception handler, so that the answer is a 5xx
                // whatever middleware the application has: a 2xx would tell OpenAI not to try again.
                Log.WebhookHandlerFailed(_logger, ex, webhookId, webhookEvent.Type, webhookEvent.Id);
                return StatusCodes.Status500InternalServerError;
            }

            Log.WebhookHandled(_logger, webhookId, webhookEvent.Type, webhookEvent.Id, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            await RecordHandledAsync(key, webhookId, options.DeduplicationWindow).ConfigureAwait(false);
            succeeded = true;
            return StatusCodes.Status200OK;
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
            outcome.SetResult(succeeded);
        }
    }

    private async Task<bool> WasHandledAsync(string key, string webhookId, CancellationToken cancellationToken)
    {
        try
        {
            return await _cache.GetAsync(key, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Delivery is at-least-once anyway; refusing every event while the cache is down would be worse.
            Log.WebhookDeduplicationLookupFailed(_logger, ex, webhookId);
            return false;
        }
    }

    private async Task RecordHandledAsync(string key, string webhookId, TimeSpan window)
    {
        try
        {
            // Not the request's token: the handler has run, and a sender that hung up must not keep it unrecorded.
            await _cache.SetAsync(key, HandledMarker, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = window }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The handler succeeded; answering 5xx now would make OpenAI deliver again and run it twice for sure.
            Log.WebhookDeduplicationRecordFailed(_logger, ex, webhookId);
        }
    }

    /// <summary>The verifier for the current options, rebuilt only when they change (a reloaded secret).</summary>
    private ResponsesWebhookVerifier GetVerifier(ResponsesWebhookOptions options)
    {
        lock (_verifierLock)
        {
            if (_verifier is { } current && ReferenceEquals(current.Options, options))
            {
                return current.Verifier;
            }

            var verifier = new ResponsesWebhookVerifier(
                new ResponsesWebhookVerifierOptions { Secrets = options.GetAllSecrets(), Tolerance = options.Tolerance },
                _timeProvider);
            _verifier = (options, verifier);
            return verifier;
        }
    }
}
