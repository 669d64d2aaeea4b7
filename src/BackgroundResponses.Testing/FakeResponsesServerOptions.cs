namespace BackgroundResponses.Testing;

/// <summary>Settings for a <see cref="FakeResponsesServer"/>.</summary>
public sealed class FakeResponsesServerOptions
{
    /// <summary>The key every request must present as <c>Authorization: Bearer …</c>; <see langword="null"/> (the default) accepts any request.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The clock for pacing, <c>created_at</c>, the re-stream window, stalls and the request log. <see langword="null"/> means real time;
    /// pass a <c>FakeTimeProvider</c> to step a response through its lifecycle by hand.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>How long the generator waits before each event after <c>response.in_progress</c>. Default 10 ms.</summary>
    public TimeSpan EventDelay { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long a background response stays <c>queued</c> before it turns <c>in_progress</c>. Default 20 ms.</summary>
    public TimeSpan QueuedDuration { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How long after creation a background response can still be streamed again. Default 5 minutes, as on the real service.</summary>
    public TimeSpan RestreamWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Scripts the output of each response: reasoning summaries, web searches, function calls and messages with citations; called
    /// for every create, so one script can answer each turn of a tool loop differently. Returning
    /// <see langword="null"/> (or leaving this <see langword="null"/>) picks the default: <see cref="FakeResponseScript.DeepResearch"/>
    /// when the request has a web search tool (<c>web_search</c>, <c>web_search_preview</c> or a dated variant) or its model
    /// contains <c>deep-research</c>; otherwise a plain reply of <see cref="OutputText"/>, after a reasoning summary when
    /// <see cref="IncludeReasoning"/> or the request asks for one.
    /// </summary>
    /// <remarks>Called once per create, on the request thread; an exception it throws fails that create with HTTP 500.</remarks>
    public Func<CreateResponseRequest, FakeResponseScript?>? Script { get; set; }

    /// <summary>The reply text of the plain run (see <see cref="Script"/>); <see langword="null"/> uses <see cref="DefaultOutputText"/>.</summary>
    public Func<CreateResponseRequest, string>? OutputText { get; set; }

    /// <summary>How many characters each <c>response.output_text.delta</c> carries (reasoning summary deltas carry four times as many). Default 4.</summary>
    public int DeltaLength { get; set; } = 4;

    /// <summary>
    /// Whether every plain run (see <see cref="Script"/>) starts with a reasoning item with a summary. When <see langword="false"/>
    /// (the default) only requests that ask for a reasoning summary (<c>reasoning.summary</c>) get one.
    /// </summary>
    public bool IncludeReasoning { get; set; }

    /// <summary>
    /// Where to POST a signed webhook event (<c>response.completed</c>, <c>response.failed</c>, <c>response.cancelled</c> or
    /// <c>response.incomplete</c>) when a background response reaches that status, as the real service does for a webhook endpoint
    /// configured in the dashboard. <see langword="null"/> (the default) sends none. Needs <see cref="WebhookSecret"/>.
    /// </summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// The endpoint's signing secret, <c>whsec_</c> followed by base64 (raw base64 is accepted too); events are signed the
    /// Standard Webhooks way with HMAC-SHA256 of its decoded bytes. <see cref="FakeResponsesServer.CreateWebhookSecret"/> makes one.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How many times one event is sent at most while the receiver answers with a non-2xx status or cannot be reached. Default 5.</summary>
    public int WebhookMaxAttempts { get; set; } = 5;

    /// <summary>
    /// The wait before the first retry of an event; it doubles for each later one. Measured on <see cref="TimeProvider"/>. Default 50 ms
    /// (the real service waits much longer, but tests should not).
    /// </summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How long one delivery attempt may take before it counts as failed. Default 10 seconds.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether ASP.NET Core logs to the console. Off by default so test output stays quiet.</summary>
    public bool EnableLogging { get; set; }

    /// <summary>
    /// The default reply: it quotes the input and adds a fixed story, long enough for more than 60 deltas of 4 characters.
    /// Deterministic, so a test can compute the text it expects.
    /// </summary>
    /// <param name="request">The create request.</param>
    /// <returns>The reply text.</returns>
    public static string DefaultOutputText(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"You said: \"{InputText.Of(request)}\". " + Story;
    }

    private const string Story =
        "Once upon a time, a small otter named Pebble built a rocket out of driftwood and kelp. "
        + "She packed three smooth stones, a thermos of sea-urchin soup and a map drawn on a clam shell. "
        + "The countdown was slow because the gulls kept interrupting, but at last the rocket rose over the bay, "
        + "past the lighthouse and into the quiet dark, where the stars looked exactly like floating pebbles. "
        + "Pebble waved at the moon, and the moon, being polite, waved back.";
}
