namespace BackgroundResponses;

/// <summary>Options of a <see cref="ResponsesClient"/>.</summary>
public class ResponsesClientOptions
{
    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>The default <see cref="BaseAddress"/>: <c>https://api.openai.com/v1/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.openai.com/v1/");

    /// <summary>The header Azure OpenAI (and Microsoft Foundry) take an API key in: <c>api-key</c>, for <see cref="ApiKeyHeaderName"/>.</summary>
    public const string AzureApiKeyHeaderName = "api-key";

    /// <summary>
    /// Gets or sets the API key, sent as <c>Authorization: Bearer …</c> or in the header <see cref="ApiKeyHeaderName"/> names.
    /// Set either this or <see cref="BearerTokenProvider"/>, not both.
    /// </summary>
    /// <value>The default is <see langword="null"/>: without a <see cref="BearerTokenProvider"/>, the client reads the <c>OPENAI_API_KEY</c> environment variable.</value>
    /// <remarks>The key is never written to logs, exception messages or <see cref="object.ToString"/> output.</remarks>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Gets or sets the header that carries <see cref="ApiKey"/> as it is, instead of <c>Authorization: Bearer …</c>:
    /// <see cref="AzureApiKeyHeaderName"/> (<c>api-key</c>) for Azure OpenAI, or a gateway's own (say <c>Ocp-Apim-Subscription-Key</c>).
    /// </summary>
    /// <value>The default is <see langword="null"/>: <c>Authorization: Bearer {ApiKey}</c>, as OpenAI expects.</value>
    public string? ApiKeyHeaderName { get; set; }

    /// <summary>
    /// Gets or sets a source of short-lived bearer tokens (Microsoft Entra ID for Azure OpenAI, say), used instead of an API key.
    /// A token is reused until shortly before its <see cref="BearerToken.ExpiresOn"/>; concurrent calls wait for one fetch;
    /// an answer of HTTP 401 fetches a new token and repeats the request once if repeating it is safe (never a create).
    /// </summary>
    /// <value>The default is <see langword="null"/>: an API key is used.</value>
    /// <remarks>
    /// Clients built with the same delegate instance (as a DI container builds them from one options object) share its
    /// tokens. The provider is called with a cancellation token that is not tied to any one caller, since its result serves many; its failure
    /// becomes a <see cref="ResponsesAuthenticationException"/>. The <c>BackgroundResponses.Azure</c> package builds one from
    /// an <c>Azure.Core.TokenCredential</c>.
    /// </remarks>
    public Func<CancellationToken, ValueTask<BearerToken>>? BearerTokenProvider { get; set; }

    /// <summary>
    /// Gets or sets the root of the API. Paths such as <c>responses/{id}</c> are joined below it, whether or
    /// not it ends with a slash: <c>http://127.0.0.1:4010</c>, <c>http://127.0.0.1:4010/v1</c> and
    /// <c>http://127.0.0.1:4010/v1/</c> all work as written.
    /// </summary>
    /// <value>The default is <c>https://api.openai.com/v1/</c>.</value>
    public Uri? BaseAddress { get; set; }

    /// <summary>Gets or sets the organization id, sent as the <c>OpenAI-Organization</c> header.</summary>
    /// <value>The default is <see langword="null"/> (header not sent).</value>
    public string? Organization { get; set; }

    /// <summary>Gets or sets the project id, sent as the <c>OpenAI-Project</c> header.</summary>
    /// <value>The default is <see langword="null"/> (header not sent).</value>
    public string? Project { get; set; }

    /// <summary>
    /// Gets or sets an application id put in front of the SDK's own <c>User-Agent</c> product token, for
    /// example <c>my-app/1.2</c>.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the User-Agent names only this SDK and the runtime.</value>
    public string? ApplicationId { get; set; }

    /// <summary>Gets or sets how single HTTP calls are retried.</summary>
    /// <value>The defaults of <see cref="HttpRetryOptions"/>: 3 retries, exponential backoff with jitter, creates never repeated blindly.</value>
    public HttpRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// Gets or sets how long one attempt of a non-streaming call (create, retrieve, cancel, delete, list) may take,
    /// headers and body. Streams are not bounded by it (see <see cref="StreamingOptions.IdleTimeout"/>).
    /// </summary>
    /// <value>The default is 100 seconds. <see cref="Timeout.InfiniteTimeSpan"/> disables it.</value>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how event streams are read and resumed.</summary>
    /// <value>The defaults of <see cref="StreamingOptions"/>.</value>
    public StreamingOptions Streaming { get; set; } = new();

    /// <summary>Returns a description of the options with the API key redacted.</summary>
    /// <returns>The base address, organization, project, whether a key or a token provider is set, and the key's header.</returns>
    public override string ToString() =>
        $"ResponsesClientOptions {{ BaseAddress = {BaseAddress ?? DefaultBaseAddress}, Organization = {Organization ?? "(none)"}, Project = {Project ?? "(none)"}, " +
        $"ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, ApiKeyHeaderName = {ApiKeyHeaderName ?? "(Authorization: Bearer)"}, BearerTokenProvider = {(BearerTokenProvider is null ? "(not set)" : "(set)")} }}";

    /// <summary>
    /// The key to send: <see cref="ApiKey"/>, else (without a token provider) the <c>OPENAI_API_KEY</c> environment variable,
    /// trimmed; <see langword="null"/> when neither is set.
    /// </summary>
    internal string? ResolveApiKey()
    {
        var key = !string.IsNullOrWhiteSpace(ApiKey) ? ApiKey
            : BearerTokenProvider is null ? Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable)
            : null;
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }

    /// <summary>What a missing credential is called in errors: the ways to give one.</summary>
    internal static string MissingCredentialMessage(string apiKeySource) =>
        $"No credential: set {nameof(ResponsesClientOptions)}.{nameof(ApiKey)} ({apiKeySource}), the {ApiKeyEnvironmentVariable} environment variable, " +
        $"or {nameof(ResponsesClientOptions)}.{nameof(BearerTokenProvider)} for short-lived tokens (for example Microsoft Entra ID with Azure OpenAI).";

    /// <summary>A copy of these options and of the nested ones, so that what was validated is what is used.</summary>
    internal ResponsesClientOptions Clone()
    {
        var copy = (ResponsesClientOptions)MemberwiseClone();
        copy.Retry = Retry?.Clone()!;
        copy.Streaming = Streaming?.Clone()!;
        return copy;
    }

    /// <summary>
    /// Every value out of range, here and in the nested options (named <c>Retry.MaxDelay</c>, <c>Streaming.Polling.MaxWait</c>, …).
    /// The API key is not checked here: the constructor and the start-up validator each say its absence their own way.
    /// </summary>
    internal IEnumerable<OptionProblem> GetProblems()
    {
        if (BaseAddress is { } baseAddress
            && (!baseAddress.IsAbsoluteUri
                || (baseAddress.Scheme != Uri.UriSchemeHttps && baseAddress.Scheme != Uri.UriSchemeHttp)
                || baseAddress.Query.Length > 0
                || baseAddress.Fragment.Length > 0))
        {
            // No value: a query may hold a key (?api-key=…), and the value would be printed with the exception.
            yield return new(nameof(BaseAddress), null, "BaseAddress must be an absolute http or https address without a query or fragment, such as https://api.openai.com/v1/.");
        }

        if (!string.IsNullOrWhiteSpace(ApiKey) && BearerTokenProvider is not null)
        {
            yield return new(nameof(BearerTokenProvider), null, "Set either ApiKey or BearerTokenProvider, not both: a request carries one credential.");
        }

        if (ApiKeyHeaderName is { } headerName && !IsValidHeaderName(headerName))
        {
            yield return new(nameof(ApiKeyHeaderName), null, "ApiKeyHeaderName must be an HTTP header name such as api-key (letters, digits and !#$%&'*+-.^_`|~).");
        }
        else if (ApiKeyHeaderName is { } name && string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
        {
            yield return new(nameof(ApiKeyHeaderName), null, "ApiKeyHeaderName must not be Authorization; leave it null to send the key as Authorization: Bearer.");
        }
        else if (ApiKeyHeaderName is not null && BearerTokenProvider is not null)
        {
            yield return new(nameof(ApiKeyHeaderName), null, "ApiKeyHeaderName names the API key's header, and a BearerTokenProvider is set instead of a key.");
        }

        if (OptionsValidation.CheckNetworkTimeout(NetworkTimeout) is { } timeout)
        {
            yield return timeout;
        }

        if (Retry is null)
        {
            yield return new(nameof(Retry), null, "Retry must not be null.");
        }
        else
        {
            foreach (var problem in OptionsValidation.Prefix(nameof(Retry), Retry.GetProblems()))
            {
                yield return problem;
            }
        }

        if (Streaming is null)
        {
            yield return new(nameof(Streaming), null, "Streaming must not be null.");
        }
        else
        {
            foreach (var problem in OptionsValidation.Prefix(nameof(Streaming), Streaming.GetProblems()))
            {
                yield return problem;
            }
        }
    }

    private static bool IsValidHeaderName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal));
}
