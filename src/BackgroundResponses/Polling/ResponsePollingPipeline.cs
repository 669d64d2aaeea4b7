using System.Diagnostics;
using System.Globalization;
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

    /// <summary>The server's hint of how long to wait before polling again, in milliseconds.</summary>
    private const string PollAfterHeader = "openai-poll-after-ms";

    private static readonly ResiliencePropertyKey<WaitState> StateKey = new("BackgroundResponses.Polling.WaitState");

    private readonly ResiliencePipeline<ModelResponse> _pipeline;
    private readonly ResponsesHttpPipeline _http;
    private readonly TimeSpan _maxRetryAfter;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly KeyValuePair<string, object?> _serverTag;
    private readonly Func<double> _random;

    /// <param name="http">Sends the retrieves and cancels.</param>
    /// <param name="maxRetryAfter">The longest server-requested delay honoured (<see cref="HttpRetryOptions.MaxRetryAfter"/>).</param>
    /// <param name="logger">Where status changes and give-ups are logged.</param>
    /// <param name="random">The source of jitter; tests pass a fixed one.</param>
    public ResponsePollingPipeline(ResponsesHttpPipeline http, TimeSpan maxRetryAfter, ILogger logger, Func<double>? random = null)
    {
        _http = http;
        _maxRetryAfter = maxRetryAfter;
        _timeProvider = http.TimeProvider;
        _logger = logger;
        _serverTag = new("server.address", http.Endpoint.BaseAddress.Host);
        _random = random ?? Random.Shared.NextDouble;
        _pipeline = new ResiliencePipelineBuilder<ModelResponse> { TimeProvider = _timeProvider }
            .AddTimeout(new TimeoutStrategyOptions
            {
                // Per wait, not per pipeline: an infinite value makes Polly skip the timeout altogether.
                TimeoutGenerator = static args => new ValueTask<TimeSpan>(GetState(args.Context).MaxWait),
            })
            .AddRetry(new RetryStrategyOptions<ModelResponse>
            {
                // The end comes from a non-pending result, a non-transient error, too many failures without an
                // answer, the timeout or the caller's token.
                MaxRetryAttempts = int.MaxValue,

                // Every delay comes from DelayGenerator: the SDK's one backoff (Backoff) and Retry-After rule.
                BackoffType = DelayBackoffType.Constant,
                Delay = TimeSpan.Zero,
                UseJitter = false,
                ShouldHandle = static args => new ValueTask<bool>(ShouldPollAgain(GetState(args.Context), args.Outcome, args.Context.CancellationToken)),
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

    /// <summary>Retrieves a response once (<c>GET /responses/{id}</c>): the primitive every poll, and the stream's end-of-body check, is made of.</summary>
    public async Task<ModelResponse> RetrieveAsync(string responseId, CancellationToken cancellationToken) =>
        (await RetrieveWithHintAsync(responseId, string.Empty, RequestKind.Read, cancellationToken).ConfigureAwait(false)).Response;

    /// <summary>Retrieves a response once with a query (<c>?include[]=…</c>, already escaped; empty for none).</summary>
    public async Task<ModelResponse> RetrieveAsync(string responseId, string query, CancellationToken cancellationToken) =>
        (await RetrieveWithHintAsync(responseId, query, RequestKind.Read, cancellationToken).ConfigureAwait(false)).Response;

    /// <summary>Cancels a response on the server (<c>POST /responses/{id}/cancel</c>).</summary>
    public async Task<ModelResponse> CancelAsync(string responseId, CancellationToken cancellationToken)
    {
        using var request = _http.CreateRequest(RequestKind.Cancel, HttpMethod.Post, _http.Endpoint.Cancel(responseId));
        return await _http.SendAsync(request, ResponsesJsonContext.Default.ModelResponse, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Polls <paramref name="responseId"/> until it is no longer pending.</summary>
    /// <param name="responseId">The response id, already validated.</param>
    /// <param name="options">The options, already validated.</param>
    /// <param name="progress">Told of the first response and each status change, or <see langword="null"/>.</param>
    /// <param name="initial">A response already in hand (a cancel's answer): it counts as the first poll, so the first retrieve waits one interval.</param>
    /// <param name="activity">The span of the public call this wait belongs to, tagged with the outcome; <see langword="null"/> for none (the wait makes no span of its own, so a trace shows one span per public call).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public Task<ModelResponse> WaitAsync(string responseId, PollingOptions options, IProgress<ModelResponse>? progress, ModelResponse? initial, Activity? activity, CancellationToken cancellationToken) =>
        WaitAsync(responseId, string.Empty, options, progress, initial, activity, cancellationToken);

    /// <summary>Polls like the overload without a query, each retrieve sending <paramref name="query"/> (<c>?include[]=…</c>, already escaped), so a stream's includes survive its polling fallback.</summary>
    public async Task<ModelResponse> WaitAsync(string responseId, string query, PollingOptions options, IProgress<ModelResponse>? progress, ModelResponse? initial, Activity? activity, CancellationToken cancellationToken)
    {
        var state = new WaitState(responseId, options, progress, initial, _timeProvider.GetTimestamp()) { Query = query };
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
        catch (TimeoutRejectedException)
        {
            var timedOut = await TimedOutAsync(state).ConfigureAwait(false);
            ResponsesTelemetry.SetError(activity, timedOut);
            activity?.SetTag(ResponsesTelemetry.AttemptsTag, state.Polls);
            throw timedOut;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            ResponsesTelemetry.SetError(activity, ex);
            if (state.CancelOnCallerCancellation)
            {
                await CancelOnServerAsync(responseId, reportedToCaller: false).ConfigureAwait(false);
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

    private static bool ShouldPollAgain(WaitState state, Outcome<ModelResponse> outcome, CancellationToken pipelineToken)
    {
        var exception = outcome.Exception;
        if (exception is null)
        {
            // An answer: the server is there, whatever it said before.
            state.NetworkFailures = 0;
            return outcome.Result?.Status is { IsPending: true };
        }

        if (exception is OperationCanceledException)
        {
            // Neither the caller nor MaxWait cancelled: a retrieve that timed out on its own.
            return !pipelineToken.IsCancellationRequested;
        }

        if (!TransientFailures.IsTransient(exception))
        {
            return false;
        }

        state.LastFailure = exception;
        if (exception is ResponsesNetworkException)
        {
            // A server that never answers (a wrong address, nothing listening) ends the wait in seconds, not at MaxWait.
            state.NetworkFailures++;
            return state.NetworkFailures < state.MaxNetworkFailures;
        }

        state.NetworkFailures = 0;
        return true;
    }

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;

    private static TimeSpan? ReadPollAfter(HttpResponseMessage response)
    {
        // NonValidated: no parsing into header objects, so a poll allocates nothing here when the header is absent.
        if (response.Headers.NonValidated.TryGetValues(PollAfterHeader, out var values)
            && long.TryParse(values.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds <= (long)TimeSpan.FromDays(1).TotalMilliseconds)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return null;
    }

    private TimeSpan NextDelay(WaitState state, Outcome<ModelResponse> outcome, int attempt)
    {
        // The server's poll-after hint replaces the backoff (it may ask for less); a Retry-After only ever lengthens it.
        if (outcome.Exception is null && state.PollAfter is { } hint)
        {
            return Clamp(hint, state.MinInterval, state.MaxInterval);
        }

        var backoff = Backoff.Compute(state.InitialInterval, state.BackoffFactor, state.MaxInterval, attempt, state.UseJitter ? _random() : null);
        return RetryAfterParser.ChooseDelay(backoff, (outcome.Exception as ResponsesApiException)?.RetryAfter, _maxRetryAfter);
    }

    private async Task<(ModelResponse Response, TimeSpan? PollAfter)> RetrieveWithHintAsync(string responseId, string query, RequestKind kind, CancellationToken cancellationToken)
    {
        using var request = _http.CreateRequest(kind, HttpMethod.Get, _http.Endpoint.Response(responseId, query));
        using var answer = await _http.SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
        var pollAfter = ReadPollAfter(answer);
        return (await _http.ReadJsonAsync(answer, ResponsesJsonContext.Default.ModelResponse, cancellationToken).ConfigureAwait(false), pollAfter);
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
            // Sent once (RequestKind.Poll): this loop is the retry, with the server's hints and the failure budget.
            try
            {
                (response, state.PollAfter) = await RetrieveWithHintAsync(state.ResponseId, state.Query, RequestKind.Poll, context.CancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                // MaxWait (or the caller) cut this retrieve short; a timeout then reports it as the last failure.
                state.TimedOutRetrieve = true;
                throw;
            }
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

    private async Task<ResponsesPollingTimeoutException> TimedOutAsync(WaitState state)
    {
        var elapsed = _timeProvider.GetElapsedTime(state.Started);
        var last = state.LastResponse;
        Exception? cancelFailure = null;
        if (state.CancelOnTimeout)
        {
            (var answer, cancelFailure) = await CancelOnServerAsync(state.ResponseId, reportedToCaller: true).ConfigureAwait(false);
            last = answer ?? last;
        }

        // A retrieve cut short by MaxWait is the latest failure there is: say so, rather than nothing or an older one.
        var lastFailure = state.TimedOutRetrieve
            ? new TimeoutException($"GET {_http.Endpoint.Response(state.ResponseId).AbsolutePath} had not answered when PollingOptions.MaxWait passed.")
            : state.LastFailure;
        Log.PollTimedOut(_logger, state.ResponseId, elapsed, state.LastStatus?.Value, state.CancelOnTimeout);
        return new ResponsesPollingTimeoutException(state.ResponseId, last, elapsed, state.CancelOnTimeout, cancelFailure, lastFailure);
    }

    /// <summary>Cancels the job on the server, best effort: with its own short bound, since the caller's token may be cancelled already.</summary>
    private async Task<(ModelResponse? Answer, Exception? Failure)> CancelOnServerAsync(string responseId, bool reportedToCaller)
    {
        using var bound = new CancellationTokenSource(CancelBound, _timeProvider);
        try
        {
            return (await CancelAsync(responseId, bound.Token).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is ResponsesException or OperationCanceledException)
        {
            if (reportedToCaller)
            {
                Log.PollCancelOnTimeoutFailed(_logger, exception, responseId);
            }
            else
            {
                // The caller gets its OperationCanceledException and nothing else: this is the only report of a job left running.
                Log.PollCancelFailed(_logger, exception, responseId);
            }

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
            InitialInterval = options.Delay;
            MaxInterval = options.MaxDelay;
            MinInterval = options.MinDelay;
            BackoffFactor = options.BackoffFactor;
            UseJitter = options.UseJitter;
            MaxWait = options.MaxWait ?? Timeout.InfiniteTimeSpan;
            CancelOnTimeout = options.CancelOnTimeout;
            CancelOnCallerCancellation = options.CancelOnCallerCancellation;
            MaxNetworkFailures = options.MaxConsecutiveNetworkFailures;
            Progress = progress;
        }

        public string ResponseId { get; }

        /// <summary>Gets the query every retrieve of this wait sends (<c>?include[]=…</c>), or empty.</summary>
        public string Query { get; init; } = string.Empty;

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

        public int MaxNetworkFailures { get; }

        /// <summary>Gets or sets how many retrieves in a row got no answer at all.</summary>
        public int NetworkFailures { get; set; }

        /// <summary>Gets or sets a value indicating whether MaxWait passed while a retrieve was on the wire.</summary>
        public bool TimedOutRetrieve { get; set; }

        /// <summary>Gets or sets the last transient failure, carried by a timeout so that its cause is not lost.</summary>
        public Exception? LastFailure { get; set; }
    }
}
