using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BackgroundResponses;

/// <summary>
/// The SDK's one poll-until-done loop: a Polly pipeline built once per client, <c>Timeout(MaxWait)</c> around
/// <c>Retry(while pending or after a transient failure)</c> around a single retrieve. Everything that belongs to one
/// wait (its options, the last response, the server's hint) lives in a <see cref="WaitState"/> carried by the
/// pooled <see cref="ResilienceContext"/>, so thousands of concurrent waits share one pipeline and a poll allocates
/// little beyond the retrieve itself.
/// </summary>
internal sealed class ResponsePollingPipeline
{
    /// <summary>How long a best-effort cancel on the server may take once the wait itself is over.</summary>
    internal static readonly TimeSpan CancelBound = TimeSpan.FromSeconds(10);

    /// <summary>The longest <c>Retry-After</c> honoured: a server may ask for more than <see cref="PollingOptions.MaxPollInterval"/>, not for minutes.</summary>
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    /// <summary>The largest share by which jitter shortens a computed delay.</summary>
    private const double JitterRatio = 0.2;

    private static readonly ResiliencePropertyKey<WaitState> StateKey = new("BackgroundResponses.Polling.WaitState");

    private readonly ResiliencePipeline<ModelResponse> _pipeline;
    private readonly Func<string, CancellationToken, Task<(ModelResponse Response, TimeSpan? PollAfter)>> _retrieve;
    private readonly Func<string, CancellationToken, Task<ModelResponse>> _cancel;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly KeyValuePair<string, object?> _serverTag;
    private readonly Func<double> _random;

    public ResponsePollingPipeline(
        Func<string, CancellationToken, Task<(ModelResponse Response, TimeSpan? PollAfter)>> retrieve,
        Func<string, CancellationToken, Task<ModelResponse>> cancel,
        TimeProvider timeProvider,
        string serverAddress,
        ILogger logger,
        Func<double>? random = null)
    {
        _retrieve = retrieve;
        _cancel = cancel;
        _timeProvider = timeProvider;
        _logger = logger;
        _serverTag = new("server.address", serverAddress);
        _random = random ?? Random.Shared.NextDouble;
        _pipeline = new ResiliencePipelineBuilder<ModelResponse> { TimeProvider = timeProvider }
            .AddTimeout(new TimeoutStrategyOptions
            {
                // Per wait, not per pipeline: an infinite value makes Polly skip the timeout altogether.
                TimeoutGenerator = static args => new ValueTask<TimeSpan>(GetState(args.Context).MaxWait),
            })
            .AddRetry(new RetryStrategyOptions<ModelResponse>
            {
                // The end comes from a non-pending result, a non-transient error, the timeout or the caller's token.
                MaxRetryAttempts = int.MaxValue,

                // Every delay comes from DelayGenerator: Polly's own backoff cannot grow by an arbitrary factor.
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = static args => new ValueTask<bool>(ShouldPollAgain(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => new ValueTask<TimeSpan?>(NextDelay(GetState(args.Context), args.Outcome, args.AttemptNumber)),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is { } exception)
                    {
                        Log.PollRetrying(_logger, GetState(args.Context).ResponseId, exception.Message, args.RetryDelay);
                    }

                    return default;
                },
            })
            .Build();
    }

    /// <summary>Polls <paramref name="responseId"/> until it is no longer pending.</summary>
    /// <param name="responseId">The response id, already validated.</param>
    /// <param name="options">The options, already validated.</param>
    /// <param name="progress">Told of the first response and each status change, or <see langword="null"/>.</param>
    /// <param name="initial">A response already in hand (a cancel's answer): it counts as the first poll, so the first retrieve waits one interval.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async Task<ModelResponse> WaitAsync(string responseId, PollingOptions options, IProgress<ModelResponse>? progress, ModelResponse? initial, CancellationToken cancellationToken)
    {
        var state = new WaitState(responseId, options, progress, initial, _timeProvider.GetTimestamp());
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.PollActivity, responseId);
        activity?.SetTag(ResponsesTelemetry.ServerAddressTag, _serverTag.Value);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StateKey, state);
        try
        {
            var final = await _pipeline.ExecuteAsync(
                static (context, s) => s.Self.PollOnceAsync(context, s.State),
                context,
                (Self: this, State: state)).ConfigureAwait(false);
            ResponsesTelemetry.TimeToTerminal.Record(_timeProvider.GetElapsedTime(state.Started).TotalSeconds, _serverTag);
            ResponsesTelemetry.SetResponse(activity, final);
            activity?.SetTag(ResponsesTelemetry.AttemptsTag, state.Polls);
            return final;
        }
        catch (TimeoutRejectedException timeout)
        {
            var timedOut = await TimedOutAsync(state, timeout).ConfigureAwait(false);
            ResponsesTelemetry.SetError(activity, timedOut);
            activity?.SetTag(ResponsesTelemetry.AttemptsTag, state.Polls);
            throw timedOut;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            ResponsesTelemetry.SetError(activity, ex);
            if (state.CancelOnCallerCancellation)
            {
                await CancelOnServerAsync(responseId).ConfigureAwait(false);
            }

            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ResponsesTelemetry.SetError(activity, exception);
            Log.PollGaveUp(_logger, exception, responseId, state.Polls);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static WaitState GetState(ResilienceContext context) =>
        context.Properties.TryGetValue(StateKey, out var state) ? state : throw new InvalidOperationException("The polling pipeline ran without its wait state.");

    private static bool ShouldPollAgain(Outcome<ModelResponse> outcome, CancellationToken pipelineToken) => outcome.Exception switch
    {
        null => outcome.Result?.Status is { IsPending: true },
        ResponsesApiException or HttpRequestException or IOException or TimeoutException => TransientFailures.IsTransient(outcome.Exception),

        // Cancelled while neither the caller nor MaxWait cancelled: HttpClient.Timeout on one retrieve.
        OperationCanceledException => !pipelineToken.IsCancellationRequested,
        _ => false,
    };

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;

    private TimeSpan NextDelay(WaitState state, Outcome<ModelResponse> outcome, int attempt)
    {
        var backoff = Backoff(state, attempt);
        if (outcome.Exception is ResponsesApiException { RetryAfter: { } retryAfter })
        {
            // A floor, not a replacement: a server asking for 0 must not shorten the backoff.
            var asked = Clamp(retryAfter, TimeSpan.Zero, MaxRetryAfter);
            return asked > backoff ? asked : backoff;
        }

        return outcome.Exception is null && state.PollAfter is { } hint
            ? Clamp(hint, state.MinInterval, state.MaxInterval)
            : backoff;
    }

    private TimeSpan Backoff(WaitState state, int attempt)
    {
        // Math.Pow overflows to infinity for large attempts, which Math.Min turns into the cap.
        var ticks = Math.Min(state.InitialInterval.Ticks * Math.Pow(state.BackoffFactor, attempt), state.MaxInterval.Ticks);
        if (state.UseJitter)
        {
            // Only ever shorter, so MaxPollInterval stays a true maximum.
            ticks *= 1 - (JitterRatio * _random());
        }

        return TimeSpan.FromTicks((long)ticks);
    }

    private async ValueTask<ModelResponse> PollOnceAsync(ResilienceContext context, WaitState state)
    {
        ModelResponse response;
        if (state.Initial is { } initial)
        {
            state.Initial = null;
            response = initial;
        }
        else
        {
            state.PollAfter = null;
            state.Polls++;
            ResponsesTelemetry.Polls.Add(1, _serverTag);

            // The pipeline's token, not the caller's: it is the one MaxWait cancels.
            (response, state.PollAfter) = await _retrieve(state.ResponseId, context.CancellationToken).ConfigureAwait(false);
        }

        var status = response.Status;
        if (state.LastResponse is null || status != state.LastStatus)
        {
            Log.PollStatusChanged(_logger, state.ResponseId, status?.Value ?? "(none)", state.LastStatus?.Value, state.Polls);
            state.Progress?.Report(response);
        }

        state.LastResponse = response;
        state.LastStatus = status;
        return response;
    }

    private async Task<ResponsesPollingTimeoutException> TimedOutAsync(WaitState state, TimeoutRejectedException timeout)
    {
        var elapsed = _timeProvider.GetElapsedTime(state.Started);
        var last = state.LastResponse;
        Exception? cancelFailure = null;
        if (state.CancelOnTimeout)
        {
            (var answer, cancelFailure) = await CancelOnServerAsync(state.ResponseId).ConfigureAwait(false);
            last = answer ?? last;
        }

        Log.PollTimedOut(_logger, state.ResponseId, elapsed, state.LastStatus?.Value, state.CancelOnTimeout);
        return new ResponsesPollingTimeoutException(state.ResponseId, last, elapsed, state.CancelOnTimeout, cancelFailure, timeout);
    }

    /// <summary>Cancels the job on the server, best effort: with its own short bound, since the caller's token may be cancelled already.</summary>
    private async Task<(ModelResponse? Answer, Exception? Failure)> CancelOnServerAsync(string responseId)
    {
        using var bound = new CancellationTokenSource(CancelBound, _timeProvider);
        try
        {
            return (await _cancel(responseId, bound.Token).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is ResponsesException or HttpRequestException or IOException or OperationCanceledException or TimeoutException)
        {
            Log.PollCancelFailed(_logger, exception, responseId);
            return (null, exception);
        }
    }

    /// <summary>One wait: a snapshot of its options and what it has seen so far. Used by one poll at a time.</summary>
    private sealed class WaitState
    {
        public WaitState(string responseId, PollingOptions options, IProgress<ModelResponse>? progress, ModelResponse? initial, long started)
        {
            ResponseId = responseId;
            Initial = initial;
            Started = started;
            InitialInterval = options.InitialPollInterval;
            MaxInterval = options.MaxPollInterval;
            MinInterval = options.MinPollInterval;
            BackoffFactor = options.BackoffFactor;
            UseJitter = options.UseJitter;
            MaxWait = options.MaxWait ?? Timeout.InfiniteTimeSpan;
            CancelOnTimeout = options.CancelOnTimeout;
            CancelOnCallerCancellation = options.CancelOnCallerCancellation;
            Progress = progress;
        }

        public string ResponseId { get; }

        public long Started { get; }

        public TimeSpan InitialInterval { get; }

        public TimeSpan MaxInterval { get; }

        public TimeSpan MinInterval { get; }

        public double BackoffFactor { get; }

        public bool UseJitter { get; }

        public TimeSpan MaxWait { get; }

        public bool CancelOnTimeout { get; }

        public bool CancelOnCallerCancellation { get; }

        public IProgress<ModelResponse>? Progress { get; }

        public ModelResponse? Initial { get; set; }

        public ModelResponse? LastResponse { get; set; }

        public ResponseStatus? LastStatus { get; set; }

        public TimeSpan? PollAfter { get; set; }

        public int Polls { get; set; }
    }
}
