namespace BackgroundResponses.AspNetCore;

/// <summary>
/// Settings of the webhook endpoint that <c>MapResponsesWebhooks</c> adds: the signing secrets, the accepted clock
/// skew, the body size limit and how long delivered event ids are remembered.
/// </summary>
/// <remarks>
/// <c>AddResponsesWebhooks</c> binds these from the <c>OpenAI:Webhooks</c> configuration section and validates them
/// when the host starts. Secrets never appear in logs, validation messages or <see cref="ToString"/>.
/// </remarks>
public sealed class ResponsesWebhookOptions
{
    /// <summary>The configuration section bound by default: <c>OpenAI:Webhooks</c>.</summary>
    public const string DefaultConfigurationSection = "OpenAI:Webhooks";

    /// <summary>
    /// The configuration key, and environment variable, read for the secret when neither <see cref="Secret"/> nor
    /// <see cref="Secrets"/> is set: <c>OPENAI_WEBHOOK_SECRET</c>, the name OpenAI's own SDKs use.
    /// </summary>
    public const string SecretEnvironmentVariable = "OPENAI_WEBHOOK_SECRET";

    /// <summary>The default <see cref="MaxBodyBytes"/>: 256 KiB.</summary>
    public const long DefaultMaxBodyBytes = 256 * 1024;

    /// <summary>The default <see cref="CacheKeyPrefix"/>: <c>BackgroundResponses:webhook:</c>.</summary>
    public const string DefaultCacheKeyPrefix = "BackgroundResponses:webhook:";

    /// <summary>The default <see cref="Tolerance"/>: five minutes, as in the Standard Webhooks specification and OpenAI's SDKs.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The default <see cref="DeduplicationWindow"/>: four days, a day more than the 72 hours over which OpenAI
    /// retries a delivery that was not acknowledged.
    /// </summary>
    public static readonly TimeSpan DefaultDeduplicationWindow = TimeSpan.FromDays(4);

    /// <summary>
    /// Gets or sets the endpoint's signing secret, as the OpenAI dashboard shows it (<c>whsec_…</c>).
    /// </summary>
    /// <value>
    /// The default is <see langword="null"/>. When neither this nor <see cref="Secrets"/> is set, the
    /// <c>OPENAI_WEBHOOK_SECRET</c> configuration key, else the environment variable of that name, is used.
    /// </value>
    public string? Secret { get; set; }

    /// <summary>
    /// Gets the further secrets a delivery may be signed with; a signature made with any of <see cref="Secret"/>
    /// and these is accepted. Rotate a secret by listing the new one beside the old, then removing the old one.
    /// </summary>
    /// <value>Empty by default. Bound from the <c>Secrets</c> array of the configuration section.</value>
    public IList<string> Secrets { get; } = [];

    /// <summary>Gets or sets how far a delivery's <c>webhook-timestamp</c> may be from this machine's clock, either way.</summary>
    /// <value>The default is five minutes. Must be positive.</value>
    public TimeSpan Tolerance { get; set; } = DefaultTolerance;

    /// <summary>
    /// Gets or sets the largest request body read. A larger one is answered <c>413</c> without being verified, whether
    /// it declares its length or is sent in chunks: the limit is enforced while reading.
    /// </summary>
    /// <value>
    /// The default is 256 KiB. OpenAI's events are a few hundred bytes (an id, a type, a time and the id of the
    /// object they are about), so the default leaves ample room for larger event types. Must be positive.
    /// </value>
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

    /// <summary>
    /// Gets or sets how long the id (<c>webhook-id</c>) of a handled delivery is remembered, so that a redelivery
    /// of it is acknowledged without running the handler again.
    /// </summary>
    /// <value>The default is four days, longer than OpenAI's 72 hours of retries. Must be positive.</value>
    public TimeSpan DeduplicationWindow { get; set; } = DefaultDeduplicationWindow;

    /// <summary>
    /// Gets or sets the prefix of the <c>IDistributedCache</c> keys under which handled delivery ids are kept.
    /// Give each application its own when several share one cache (one Redis, say) and may receive the same event.
    /// </summary>
    /// <value>The default is <c>BackgroundResponses:webhook:</c>. Must not be empty.</value>
    public string CacheKeyPrefix { get; set; } = DefaultCacheKeyPrefix;

    /// <summary>Describes the options without the secrets: only how many are set.</summary>
    /// <returns>The limits, and the number of secrets.</returns>
    public override string ToString() =>
        $"ResponsesWebhookOptions {{ Secrets = {GetAllSecrets().Count} set, Tolerance = {Tolerance}, MaxBodyBytes = {MaxBodyBytes}, DeduplicationWindow = {DeduplicationWindow}, CacheKeyPrefix = {CacheKeyPrefix} }}";

    /// <summary><see cref="Secret"/> then <see cref="Secrets"/>, blanks skipped, each trimmed.</summary>
    internal List<string> GetAllSecrets()
    {
        var all = new List<string>();
        if (!string.IsNullOrWhiteSpace(Secret))
        {
            all.Add(Secret.Trim());
        }

        foreach (var secret in Secrets)
        {
            if (!string.IsNullOrWhiteSpace(secret))
            {
                all.Add(secret.Trim());
            }
        }

        return all;
    }
}
