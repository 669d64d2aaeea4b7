using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;

namespace BackgroundResponses;

/// <summary>
/// The SDK's one resilience layer for HTTP calls: a <see cref="DelegatingHandler"/> around one Polly pipeline that
/// retries what is safe to retry and never repeats a create that may have started a job. Used by clients that own
/// their <see cref="HttpClient"/> and, through <c>AddResponsesClient</c>, by clients from <c>IHttpClientFactory</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Reads, deletes and cancels (<c>POST …/cancel</c> is idempotent on OpenAI) are retried on 408, 429, 500, 502,
/// 503, 504, timeouts and connection failures.</item>
/// <item>A create (any other POST) is retried only when the server surely started nothing: the connection could not
/// be established, the answer was 429, or the server said <c>x-should-retry: true</c>. A timeout or a reset after the
/// request was sent fails with <see cref="ResponseCreateOutcomeUnknownException"/> unless
/// <see cref="HttpRetryOptions.RetryUncertainCreates"/> is set.</item>
/// <item>Event-stream requests are left to the stream's own resume logic; only a connection that could not be
/// established is retried here.</item>
/// <item>Server delays (<c>retry-after-ms</c>, then <c>Retry-After</c> in seconds or as a date) are honoured up to
/// <see cref="HttpRetryOptions.MaxServerDelay"/>; otherwise the delay grows exponentially with jitter.
/// <c>x-should-retry: false</c> forbids a retry.</item>
/// <item>Each attempt of a non-streaming request, headers and body, is bounded by
/// <see cref="ResponsesClientOptions.NetworkTimeout"/>; the body is buffered inside the attempt so that a failure
/// while reading it is retried like any other.</item>
/// </list>
/// </remarks>
public sealed class ResponsesResilienceHandler : DelegatingHandler
{
    /// <summary>The largest non-streaming body buffered inside an attempt.</summary>
    private const long MaxBufferedBody = 64L * 1024 * 1024;

    private static readonly ResiliencePropertyKey<RequestKind> KindKey = new("background_responses.request_kind");
    private static readonly ResiliencePropertyKey<HttpRequestMessage> RequestKey = new("background_responses.request");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _attemptTimeout;
    private readonly HttpRetryOptions _retry;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ResponsesResilienceHandler"/> class.</summary>
    /// <param name="options">The client options (<see cref="ResponsesClientOptions.Retry"/>, <see cref="ResponsesClientOptions.NetworkTimeout"/>).</param>
    /// <param name="timeProvider">The clock for delays and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where retries are logged; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A retry option or the network timeout is out of range.</exception>
    public ResponsesResilienceHandler(ResponsesClientOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _retry = options.Retry ?? new HttpRetryOptions();
        ValidateRetry(_retry);
        _attemptTimeout = options.NetworkTimeout;
        if (_attemptTimeout <= TimeSpan.Zero && _attemptTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _attemptTimeout, "NetworkTimeout must be positive or Timeout.InfiniteTimeSpan.");
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResponsesResilienceHandler>();
        _pipeline = BuildPipeline();
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = Classify(request);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(KindKey, kind);
        context.Properties.Set(RequestKey, request);
        try
        {
            var outcome = await _pipeline.ExecuteOutcomeAsync(
                static (context, handler) => handler.AttemptAsync(context),
                context,
                this).ConfigureAwait(false);

            if (outcome.Exception is { } exception)
            {
                if (kind is RequestKind.NonIdempotent or RequestKind.NonIdempotentStream && IsUncertain(exception, cancellationToken))
                {
                    throw new ResponseCreateOutcomeUnknownException(
                        $"{request.Method} {request.RequestUri?.AbsolutePath} was sent but no answer arrived ({exception.Message}); the server may have started a background job. It was not retried, because a retry could start a second, paid job.",
                        exception);
                }

                outcome.ThrowIfException();
            }

            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>Tells apart what may be repeated from what may not, from the request alone, so that it also works for requests the SDK did not build.</summary>
    internal static RequestKind Classify(HttpRequestMessage request)
    {
        var stream = request.Headers.Accept.Any(a => string.Equals(a.MediaType, ResponsesHttpPipeline.EventStreamMediaType, StringComparison.OrdinalIgnoreCase));
        if (request.Method == HttpMethod.Post || request.Method == HttpMethod.Put || request.Method == HttpMethod.Patch)
        {
            var cancel = request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal) == true;
            return cancel ? RequestKind.Idempotent : stream ? RequestKind.NonIdempotentStream : RequestKind.NonIdempotent;
        }

        return stream ? RequestKind.Stream : RequestKind.Idempotent;
    }

    private static void ValidateRetry(HttpRetryOptions retry)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retry.MaxRetries, nameof(HttpRetryOptions.MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(retry.BaseDelay, TimeSpan.Zero, nameof(HttpRetryOptions.BaseDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(retry.MaxDelay, retry.BaseDelay, nameof(HttpRetryOptions.MaxDelay));
        ArgumentOutOfRangeException.ThrowIfLessThan(retry.MaxServerDelay, TimeSpan.Zero, nameof(HttpRetryOptions.MaxServerDelay));
    }

    /// <summary>True when the request surely never reached the server: the connection was not even established.</summary>
    private static bool IsNotSent(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable or SocketError.HostUnreachable } } => true,
        _ => false,
    };

    /// <summary>A failure after which nobody knows whether the server acted (not a caller cancellation).</summary>
    private static bool IsUncertain(Exception exception, CancellationToken callerToken) =>
        !IsNotSent(exception)
        && exception is TimeoutException or IOException or HttpRequestException
        && !callerToken.IsCancellationRequested;

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider };
        if (_retry.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _retry.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _retry.BaseDelay,
                MaxDelay = _retry.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(ServerDelay(args.Outcome)),
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(RequestKey, null!);
                    var reason = args.Outcome.Exception?.Message ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                    Log.HttpRetrying(_logger, request.Method.Method, request.RequestUri?.AbsolutePath ?? string.Empty, args.AttemptNumber + 1, args.RetryDelay, reason);
                    ResponsesTelemetry.HttpRetries.Add(1, new KeyValuePair<string, object?>("server.address", request.RequestUri?.Host));

                    // The span of the public call (when traced) learns how many attempts it took.
                    if (Activity.Current is { } activity && ReferenceEquals(activity.Source, ResponsesTelemetry.ActivitySource))
                    {
                        activity.SetTag(ResponsesTelemetry.AttemptsTag, args.AttemptNumber + 2);
                    }

                    return default;
                },
            });
        }

        return builder.Build();
    }

    private bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var kind = context.Properties.GetValue(KindKey, RequestKind.NonIdempotent);
        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException || context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return kind switch
            {
                RequestKind.Idempotent => exception is HttpRequestException or IOException or TimeoutException,
                RequestKind.NonIdempotent or RequestKind.NonIdempotentStream =>
                    IsNotSent(exception) || (_retry.RetryUncertainCreates && kind == RequestKind.NonIdempotent && exception is HttpRequestException or IOException or TimeoutException),
                _ => IsNotSent(exception),
            };
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode || kind == RequestKind.Stream)
        {
            return false;
        }

        if (TransientFailures.ReadShouldRetry(response.Headers) is { } serverSays)
        {
            return serverSays;
        }

        return kind == RequestKind.Idempotent
            ? TransientFailures.IsTransientStatus((int)response.StatusCode)
            : response.StatusCode == HttpStatusCode.TooManyRequests;
    }

    private TimeSpan? ServerDelay(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is not { } response || RetryAfterParser.Parse(response.Headers, _timeProvider) is not { } delay)
        {
            return null;
        }

        return delay > _retry.MaxServerDelay ? _retry.MaxServerDelay : delay;
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext context)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        var kind = context.Properties.GetValue(KindKey, RequestKind.NonIdempotent);
        var bounded = kind is RequestKind.Idempotent or RequestKind.NonIdempotent && _attemptTimeout != Timeout.InfiniteTimeSpan;
        using var timeout = bounded ? new CancellationTokenSource(_attemptTimeout, _timeProvider) : null;
        using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, timeout.Token);
        var token = linked?.Token ?? context.CancellationToken;
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, token).ConfigureAwait(false);
            if (bounded)
            {
                // Inside the attempt, so that the timeout covers the body and a failure while reading it is retried.
#if NET9_0_OR_GREATER
                await response.Content.LoadIntoBufferAsync(MaxBufferedBody, token).ConfigureAwait(false);
#else
                await response.Content.LoadIntoBufferAsync(MaxBufferedBody).WaitAsync(token).ConfigureAwait(false);
#endif
            }

            return Outcome.FromResult(response);
        }
        catch (OperationCanceledException ex) when (timeout?.IsCancellationRequested == true && !context.CancellationToken.IsCancellationRequested)
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(new TimeoutException(
                $"{request.Method} {request.RequestUri?.AbsolutePath} took longer than {_attemptTimeout} (ResponsesClientOptions.NetworkTimeout).", ex));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            response?.Dispose();
            return Outcome.FromException<HttpResponseMessage>(ex);
        }
        catch
        {
            // The caller cancelled (or something unexpected failed) while the body was being buffered.
            response?.Dispose();
            throw;
        }
    }
}
