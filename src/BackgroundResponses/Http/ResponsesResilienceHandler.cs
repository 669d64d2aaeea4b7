using System.Diagnostics;
using System.Net;
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
/// <item>Reads, deletes, token counts (<c>POST /responses/input_tokens</c> changes nothing) and cancels (<c>POST …/cancel</c>
/// is idempotent on OpenAI) are retried on 408, 409, 429, any 5xx, timeouts and connection failures; a cancel answered
/// 409 (it can no longer be cancelled) is not. A compaction (<c>POST /responses/compact</c>) runs the billed model, so it
/// is handled as a create.</item>
/// <item>A create (any other POST) is retried only when the server surely started nothing: the connection could not
/// be established, the answer was 429, or the server said <c>x-should-retry: true</c>. A timeout or a reset after the
/// request was sent fails with <see cref="ResponseCreateOutcomeUnknownException"/> unless
/// <see cref="HttpRetryOptions.RetryUncertainCreates"/> is set.</item>
/// <item>The SDK marks each request it sends as a create, read, cancel or stream; a request it did not build is
/// judged by its method alone (GET, HEAD, OPTIONS and DELETE may be repeated, anything else is treated as a create).</item>
/// <item>Resume GETs of event streams and the poll loop's retrieves are sent once: their own loops retry them. A
/// streaming create is retried only when its connection could not be established.</item>
/// <item>The delay doubles from <see cref="HttpRetryOptions.Delay"/> up to <see cref="HttpRetryOptions.MaxDelay"/>, with
/// jitter; a longer server delay (<c>retry-after-ms</c>, then <c>Retry-After</c> in seconds or as a date) is honoured
/// up to <see cref="HttpRetryOptions.MaxRetryAfter"/>.
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
    /// <param name="retry">How calls are retried (<see cref="ResponsesClientOptions.Retry"/>); <see langword="null"/> for the defaults.</param>
    /// <param name="networkTimeout">How long one attempt of a non-streaming call may take, headers and body (<see cref="ResponsesClientOptions.NetworkTimeout"/>).</param>
    /// <param name="timeProvider">The clock for delays and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where retries are logged; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentOutOfRangeException">A retry option or <paramref name="networkTimeout"/> is out of range.</exception>
    public ResponsesResilienceHandler(HttpRetryOptions? retry, TimeSpan networkTimeout, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        // A copy, validated once: later changes to the caller's instance do not reach a handler already built.
        _retry = (retry ?? new HttpRetryOptions()).Clone();
        _retry.Validate();
        OptionsValidation.ThrowIfAny(OptionsValidation.CheckNetworkTimeout(networkTimeout) is { } problem ? [problem] : []);
        _attemptTimeout = networkTimeout;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResponsesResilienceHandler>();
        _pipeline = BuildPipeline();
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = RequestKinds.Of(request);
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
                if (NetworkFailures.IsNetworkFailure(exception, cancellationToken))
                {
                    // Typed here too, so that a caller-built HttpClient with this handler sees the SDK's exceptions.
                    throw NetworkFailures.Create(request, kind, exception);
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

    private ResiliencePipeline<HttpResponseMessage> BuildPipeline()
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = _timeProvider };
        if (_retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = _retry.MaxRetryAttempts,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),

                // Every delay comes from the SDK's one backoff and Retry-After rule (Backoff, RetryAfterParser).
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(args.Outcome, args.AttemptNumber)),
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
        var kind = context.Properties.GetValue(KindKey, RequestKind.Create);
        if (kind is RequestKind.Poll or RequestKind.Stream)
        {
            // Their own loops (the poll loop, the stream's resume) retry them: retrying here too would multiply attempts.
            return false;
        }

        if (outcome.Exception is { } exception)
        {
            if (exception is OperationCanceledException || context.CancellationToken.IsCancellationRequested)
            {
                return false;
            }

            return kind switch
            {
                RequestKind.Read or RequestKind.Cancel => exception is HttpRequestException or IOException or TimeoutException,
                RequestKind.Create => NetworkFailures.IsNotSent(exception) || (_retry.RetryUncertainCreates && exception is HttpRequestException or IOException or TimeoutException),
                _ => NetworkFailures.IsNotSent(exception),
            };
        }

        var response = outcome.Result!;
        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        if (TransientFailures.ReadShouldRetry(response.Headers) is { } serverSays)
        {
            return serverSays;
        }

        var status = (int)response.StatusCode;
        return kind switch
        {
            RequestKind.Read => TransientFailures.IsTransientStatus(status),

            // A 409 to a cancel says the response cannot be cancelled in its state (it finished): repeating it changes nothing.
            RequestKind.Cancel => status != 409 && TransientFailures.IsTransientStatus(status),
            _ => response.StatusCode == HttpStatusCode.TooManyRequests,
        };
    }

    private TimeSpan NextDelay(Outcome<HttpResponseMessage> outcome, int attempt)
    {
        var backoff = Backoff.Compute(_retry.Delay, 2, _retry.MaxDelay, attempt, _retry.UseJitter ? Random.Shared.NextDouble() : null);
        var requested = outcome.Result is { } response ? RetryAfterParser.Parse(response.Headers, _timeProvider) : null;
        return RetryAfterParser.ChooseDelay(backoff, requested, _retry.MaxRetryAfter);
    }

    private async ValueTask<Outcome<HttpResponseMessage>> AttemptAsync(ResilienceContext context)
    {
        var request = context.Properties.GetValue(RequestKey, null!);
        var kind = context.Properties.GetValue(KindKey, RequestKind.Create);
        var bounded = !RequestKinds.IsStream(kind) && _attemptTimeout != Timeout.InfiniteTimeSpan;
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
