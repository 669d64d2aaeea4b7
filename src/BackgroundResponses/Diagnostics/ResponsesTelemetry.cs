using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace BackgroundResponses;

/// <summary>
/// The SDK's one <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>BackgroundResponses</c>,
/// the instruments on them and the helpers that open and close spans. Never needed for correctness: with no
/// listener they cost next to nothing (no activity, no wrapper, no allocation).
/// </summary>
internal static class ResponsesTelemetry
{
    public const string Name = "BackgroundResponses";

    /// <summary>The span of <see cref="ResponsesClient.CreateAsync"/>.</summary>
    public const string CreateActivity = "responses.create";

    /// <summary>The span of <c>RetrieveAsync</c>, with or without options.</summary>
    public const string RetrieveActivity = "responses.retrieve";

    /// <summary>The span of <see cref="ResponsesClient.CancelAsync"/>.</summary>
    public const string CancelActivity = "responses.cancel";

    /// <summary>The span of <see cref="ResponsesClient.DeleteAsync"/>.</summary>
    public const string DeleteActivity = "responses.delete";

    /// <summary>The span of one page of <see cref="ResponsesClient.GetInputItemsAsync"/>.</summary>
    public const string InputItemsPageActivity = "responses.input_items.page";

    /// <summary>The span of a whole <see cref="ResponsesClient.CreateStreamingAsync"/> enumeration.</summary>
    public const string CreateStreamingActivity = "responses.create_streaming";

    /// <summary>The span of a whole <see cref="ResponsesClient.StreamAsync(string, int?, CancellationToken)"/> enumeration.</summary>
    public const string StreamActivity = "responses.stream";

    /// <summary>The span of <see cref="ResponsesClient.CountInputTokensAsync"/>.</summary>
    public const string InputTokensActivity = "responses.input_tokens";

    /// <summary>The span of <see cref="ResponsesClient.CompactAsync"/>.</summary>
    public const string CompactActivity = "responses.compact";

    /// <summary>The span of one whole wait of <c>PollUntilTerminalAsync</c>.</summary>
    public const string PollActivity = "responses.poll";

    /// <summary>The span of <c>CancelAndWaitAsync</c>: the cancel and any polling after it.</summary>
    public const string CancelAndWaitActivity = "responses.cancel_and_wait";

    /// <summary>Set on a stream's span when the stream was finished by polling (the polling has no span of its own).</summary>
    public const string PollingFallbackTag = "background_responses.stream.polling_fallback";

    public const string ResponseIdTag = "background_responses.response_id";

    public const string StatusTag = "background_responses.status";

    public const string ServerAddressTag = "server.address";

    /// <summary>Reconnections of a stream, on its span.</summary>
    public const string ResumesTag = "background_responses.stream.resumes";

    /// <summary>HTTP attempts or poll rounds behind one span, for whoever counts them (the resilience handler, the poll loop).</summary>
    public const string AttemptsTag = "background_responses.attempts";

    public const string ErrorTypeTag = "error.type";

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);

    /// <summary>Reconnections of an event stream after a drop, an idle timeout or an early end.</summary>
    public static readonly Counter<long> StreamResumes = Meter.CreateCounter<long>(
        "background_responses.stream.resumes", unit: "{resume}", description: "Reconnections of event streams with starting_after.");

    /// <summary>Events a resumed stream repeated and the SDK dropped so that callers see each event once.</summary>
    public static readonly Counter<long> DuplicateEventsDropped = Meter.CreateCounter<long>(
        "background_responses.stream.duplicate_events_dropped", unit: "{event}", description: "Replayed events skipped after a resume.");

    /// <summary>Streams finished by polling because the server refused to resume them.</summary>
    public static readonly Counter<long> StreamPollingFallbacks = Meter.CreateCounter<long>(
        "background_responses.stream.polling_fallbacks", unit: "{stream}", description: "Streams finished by polling after the server refused to resume them.");

    /// <summary>Retrievals made while polling a response until it is done.</summary>
    public static readonly Counter<long> Polls = Meter.CreateCounter<long>(
        "background_responses.polls", unit: "{poll}", description: "Retrievals made while polling responses until they are done.");

    /// <summary>Retries of single HTTP calls by the resilience handler.</summary>
    public static readonly Counter<long> HttpRetries = Meter.CreateCounter<long>(
        "background_responses.http.retries", unit: "{retry}", description: "Retries of single HTTP calls.");

    /// <summary>Time from the start of a wait (poll loop or stream) until the response reached a terminal status.</summary>
    public static readonly Histogram<double> TimeToTerminal = Meter.CreateHistogram<double>(
        "background_responses.time_to_terminal", unit: "s", description: "Time until a waited-for response reached a terminal status.");

    private static string Version =>
        typeof(ResponsesTelemetry).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>
    /// Starts a client span named <paramref name="name"/> (it becomes <see cref="Activity.Current"/>), or returns
    /// <see langword="null"/> without allocating when nobody listens. Dispose it to end it.
    /// </summary>
    /// <param name="name">The span name, for example <see cref="RetrieveActivity"/> or the poll loop's own.</param>
    /// <param name="responseId">The response id when known up front.</param>
    /// <param name="baseAddress">The API root, for <c>server.address</c>.</param>
    public static Activity? StartActivity(string name, string? responseId, Uri? baseAddress = null)
    {
        if (!ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = ActivitySource.StartActivity(name, ActivityKind.Client);
        if (activity is null)
        {
            return null;
        }

        if (responseId is not null)
        {
            activity.SetTag(ResponseIdTag, responseId);
        }

        if (baseAddress is not null)
        {
            activity.SetTag(ServerAddressTag, baseAddress.Host);
        }

        return activity;
    }

    /// <summary>Tags <paramref name="activity"/> with what <paramref name="response"/> tells: its id and status.</summary>
    public static void SetResponse(Activity? activity, ModelResponse? response)
    {
        if (activity is null || response is null)
        {
            return;
        }

        if (!string.IsNullOrEmpty(response.Id))
        {
            activity.SetTag(ResponseIdTag, response.Id);
        }

        if (response.Status is { } status)
        {
            activity.SetTag(StatusTag, status.ToString());
        }
    }

    /// <summary>Marks <paramref name="activity"/> as failed by <paramref name="exception"/>.</summary>
    public static void SetError(Activity? activity, Exception exception)
    {
        if (activity is null)
        {
            return;
        }

        // The SDK's exception messages are already redacted, so they may describe the span.
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag(ErrorTypeTag, exception.GetType().FullName);
    }

    /// <summary>Adds one to the resume count of the stream span the caller runs under, if any.</summary>
    public static void RecordResume()
    {
        if (CurrentStreamActivity() is { } activity)
        {
            activity.SetTag(ResumesTag, activity.GetTagItem(ResumesTag) is int count ? count + 1 : 1);
        }
    }

    /// <summary>Marks the stream span the caller runs under, if any, as finished by polling.</summary>
    public static void RecordPollingFallback() => CurrentStreamActivity()?.SetTag(PollingFallbackTag, true);

    private static Activity? CurrentStreamActivity()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (ReferenceEquals(activity.Source, ActivitySource)
                && activity.OperationName is StreamActivity or CreateStreamingActivity)
            {
                return activity;
            }
        }

        return null;
    }

    /// <summary>
    /// Awaits <paramref name="call"/>, tagging <paramref name="activity"/> with the response or the error. With no
    /// activity it hands the task back untouched.
    /// </summary>
    public static Task<T> Trace<T>(Activity? activity, Task<T> call)
        where T : class =>
        activity is null ? call : TraceCoreAsync(activity, call);

    /// <summary>Awaits <paramref name="call"/>, recording an error on <paramref name="activity"/>.</summary>
    public static Task Trace(Activity? activity, Task call) =>
        activity is null ? call : TraceCoreAsync(activity, call);

    /// <summary>
    /// Wraps a stream in one span covering its whole enumeration, or hands it back as it is when nobody listens,
    /// so the per-event path stays free of telemetry.
    /// </summary>
    public static IAsyncEnumerable<ResponseStreamEvent> TraceStream(IAsyncEnumerable<ResponseStreamEvent> events, string name, string? responseId, Uri baseAddress) =>
        ActivitySource.HasListeners() ? TraceStreamCoreAsync(events, name, responseId, baseAddress) : events;

    private static async Task<T> TraceCoreAsync<T>(Activity activity, Task<T> call)
        where T : class
    {
        try
        {
            var result = await call.ConfigureAwait(false);
            SetResponse(activity, result as ModelResponse);
            return result;
        }
        catch (Exception ex)
        {
            SetError(activity, ex);
            throw;
        }
    }

    private static async Task TraceCoreAsync(Activity activity, Task call)
    {
        try
        {
            await call.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            SetError(activity, ex);
            throw;
        }
    }

    private static async IAsyncEnumerable<ResponseStreamEvent> TraceStreamCoreAsync(
        IAsyncEnumerable<ResponseStreamEvent> events,
        string name,
        string? responseId,
        Uri baseAddress,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Started at the first MoveNextAsync, not at the call, so the span measures the enumeration.
        var activity = StartActivity(name, responseId, baseAddress);
        var taggedId = responseId;
        try
        {
            var enumerator = events.GetAsyncEnumerator(cancellationToken);
            await using (enumerator.ConfigureAwait(false))
            {
                while (true)
                {
                    bool more;
                    try
                    {
                        more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                    }
                    catch (Exception ex)
                    {
                        SetError(activity, ex);
                        throw;
                    }

                    if (!more)
                    {
                        break;
                    }

                    var current = enumerator.Current;
                    if (activity is not null)
                    {
                        if (current.ResponseId is { } id && !ReferenceEquals(id, taggedId))
                        {
                            activity.SetTag(ResponseIdTag, id);
                            taggedId = id;
                        }

                        if (current is ResponseLifecycleEvent lifecycle)
                        {
                            SetResponse(activity, lifecycle.Response);
                        }
                    }

                    yield return current;

                    // Activity.Current does not flow back into an iterator after a yield: the caller's context
                    // comes back instead, and the next reads must still run under the stream's span.
                    if (activity is not null)
                    {
                        Activity.Current = activity;
                    }
                }
            }
        }
        finally
        {
            activity?.Dispose();
        }
    }
}
