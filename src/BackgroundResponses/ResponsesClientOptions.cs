namespace BackgroundResponses;

/// <summary>Options of a <see cref="ResponsesClient"/>.</summary>
public class ResponsesClientOptions
{
    /// <summary>The environment variable read when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "OPENAI_API_KEY";

    /// <summary>The default <see cref="BaseAddress"/>: <c>https://api.openai.com/v1/</c>.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.openai.com/v1/");

    /// <summary>
    /// Gets or sets the API key sent as <c>Authorization: Bearer …</c>.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the client reads the <c>OPENAI_API_KEY</c> environment variable.</value>
    /// <remarks>The key is never written to logs, exception messages or <see cref="object.ToString"/> output.</remarks>
    public string? ApiKey { get; set; }

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
    /// <returns>The base address, organization, project and whether a key is set.</returns>
    public override string ToString() =>
        $"ResponsesClientOptions {{ BaseAddress = {BaseAddress ?? DefaultBaseAddress}, Organization = {Organization ?? "(none)"}, Project = {Project ?? "(none)"}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")} }}";

    /// <summary>The key to send: <see cref="ApiKey"/>, else the <c>OPENAI_API_KEY</c> environment variable, trimmed; <see langword="null"/> when neither is set.</summary>
    internal string? ResolveApiKey()
    {
        var key = string.IsNullOrWhiteSpace(ApiKey) ? Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable) : ApiKey;
        return string.IsNullOrWhiteSpace(key) ? null : key.Trim();
    }

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
}
