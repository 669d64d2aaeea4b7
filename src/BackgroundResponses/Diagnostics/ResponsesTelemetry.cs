using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace BackgroundResponses;

/// <summary>
/// The SDK's one <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>BackgroundResponses</c>,
/// and the instruments on them. Never needed for correctness: with no listener they cost next to nothing.
/// </summary>
internal static class ResponsesTelemetry
{
    public const string Name = "BackgroundResponses";

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
}
