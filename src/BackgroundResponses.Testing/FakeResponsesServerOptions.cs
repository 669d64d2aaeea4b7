namespace BackgroundResponses.Testing;

/// <summary>Settings for a <see cref="FakeResponsesServer"/>.</summary>
public sealed class FakeResponsesServerOptions
{
    /// <summary>The default <see cref="PathBase"/>: <c>/v1</c>, as on OpenAI.</summary>
    public const string DefaultPathBase = "/v1";

    /// <summary>
    /// The key every request must present: as <c>Authorization: Bearer …</c>, or as it is in the header <see cref="ApiKeyHeaderName"/>
    /// names. <see langword="null"/> (the default) accepts any request, unless <see cref="BearerTokenValidator"/> is set; set at most
    /// one of the two.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The header the key must arrive in, as it is, instead of <c>Authorization: Bearer …</c>: for example <c>api-key</c>
    /// (<see cref="ResponsesClientOptions.AzureApiKeyHeaderName"/>), as Azure OpenAI takes it. A missing or wrong key is then
    /// answered with HTTP 401 and Azure's body (<c>{"error":{"code":"401","message":"Access denied due to invalid subscription key …"}}</c>),
    /// and a <c>Bearer</c> key is not accepted. <see cref="FakeResponsesServer.CreateClient"/> sends its key in this header.
    /// </summary>
    /// <value>
    /// The default is <see langword="null"/>: <c>Authorization: Bearer {ApiKey}</c>, as on OpenAI. Without <see cref="ApiKey"/> no
    /// key is checked, but clients from <see cref="FakeResponsesServer.CreateClient"/> still send theirs in this header.
    /// </value>
    /// <remarks>The header's value is redacted in <see cref="FakeResponsesServer.Requests"/>.</remarks>
    public string? ApiKeyHeaderName { get; set; }

    /// <summary>
    /// Whether a bearer token is valid, for servers that take short-lived tokens (Microsoft Entra ID, as Azure OpenAI does) instead
    /// of an API key. When set, every request must carry <c>Authorization: Bearer {token}</c> with a token this accepts; any other is
    /// answered with HTTP 401, Azure's body (<c>{"error":{"code":"401","message":"Unauthorized. Access token is missing, invalid, …"}}</c>)
    /// and <c>WWW-Authenticate: Bearer error="invalid_token"</c>. Keep token expiries in the test (say a dictionary of token to
    /// expiry read against a <c>FakeTimeProvider</c>) to have expired tokens refused.
    /// </summary>
    /// <value>The default is <see langword="null"/>: no token is checked.</value>
    /// <remarks>
    /// Called on the request thread for every request with a bearer token; an exception it throws fails that request with HTTP 500.
    /// Set either this or <see cref="ApiKey"/>, not both. <see cref="FakeResponsesServer.CreateClient"/> then needs a
    /// <see cref="ResponsesClientOptions.BearerTokenProvider"/>.
    /// </remarks>
    public Func<string, bool>? BearerTokenValidator { get; set; }

    /// <summary>
    /// The path the API answers under: <c>/v1</c> as on OpenAI, or <c>/openai/v1</c> as Azure OpenAI's v1 API, so that
    /// <see cref="FakeResponsesServer.BaseAddress"/> is <c>http://127.0.0.1:{port}/openai/v1/</c>. It starts with <c>/</c> and is made
    /// of letters, digits and <c>-._~</c> between slashes; a trailing slash is ignored, and <c>/</c> alone is the root.
    /// </summary>
    /// <value>The default is <see cref="DefaultPathBase"/> (<c>/v1</c>).</value>
    /// <remarks>
    /// <see cref="RecordedRequest.Path"/> and the path prefixes of <see cref="FakeResponsesFaults"/> are full paths, this
    /// included (for example <c>/openai/v1/responses</c>).
    /// </remarks>
    public string PathBase { get; set; } = DefaultPathBase;

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
