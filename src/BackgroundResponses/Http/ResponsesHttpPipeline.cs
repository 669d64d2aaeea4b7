using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses;

/// <summary>
/// Sends requests to the Responses API: adds the headers every call needs, turns any non-success
/// answer into a <see cref="ResponsesApiException"/> and reads success bodies through the
/// source-generated serializer context.
/// </summary>
internal sealed class ResponsesHttpPipeline
{
    /// <summary>How much of an error body is read at most; error bodies are small, a proxy's HTML page need not be.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>How much of a raw error body an exception carries.</summary>
    internal const int MaxRawBodySnippetChars = 2048;

    private const string RedactedKey = "[REDACTED]";

    /// <summary>The media type of event streams.</summary>
    internal const string EventStreamMediaType = "text/event-stream";

    private const string JsonMediaType = "application/json";

    private static readonly string SdkUserAgent = BuildUserAgent();

    private readonly HttpClient _httpClient;
    private readonly RequestCredential _credential;
    private readonly string? _organization;
    private readonly string? _project;
    private readonly string _userAgent;
    private readonly ILogger _logger;

    public ResponsesHttpPipeline(HttpClient httpClient, ResponsesEndpoint endpoint, string apiKey, string? organization, string? project, string? applicationId, TimeProvider timeProvider, ILogger logger)
        : this(httpClient, endpoint, RequestCredential.ForApiKey(apiKey, headerName: null), organization, project, applicationId, timeProvider, logger)
    {
    }

    public ResponsesHttpPipeline(HttpClient httpClient, ResponsesEndpoint endpoint, RequestCredential credential, string? organization, string? project, string? applicationId, TimeProvider timeProvider, ILogger logger)
    {
        _logger = logger;
        _httpClient = httpClient;
        Endpoint = endpoint;
        _credential = credential;
        _organization = organization;
        _project = project;
        _userAgent = string.IsNullOrWhiteSpace(applicationId) ? SdkUserAgent : applicationId.Trim() + " " + SdkUserAgent;
        TimeProvider = timeProvider;
    }

    public ResponsesEndpoint Endpoint { get; }

    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the User-Agent of this SDK: its package name and version, the runtime and the OS.</summary>
    internal static string DefaultUserAgent => SdkUserAgent;

    /// <summary>A request with the headers every call needs, marked with its <paramref name="kind"/> for the resilience handler.</summary>
    public HttpRequestMessage CreateRequest(RequestKind kind, HttpMethod method, Uri uri, HttpContent? content = null)
    {
        var request = RequestKinds.Create(method, uri, kind);
        request.Content = content;

        // HttpClient applies its DefaultRequestVersion only to the messages it builds itself; an application that sets
        // it (say 2.0, so that thousands of open streams share a few connections) means it for the SDK's requests too.
        request.Version = _httpClient.DefaultRequestVersion;
        request.VersionPolicy = _httpClient.DefaultVersionPolicy;
        var headers = request.Headers;

        // Unparsed values, built once: typed header objects (AuthenticationHeaderValue, a media-type collection) cost
        // ~200 B per request, for every poll and for as long as a stream is open; reading them back still parses them.
        _credential.AddHeaders(request);
        headers.TryAddWithoutValidation("Accept", RequestKinds.IsStream(kind) ? EventStreamMediaType : JsonMediaType);
        headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (!string.IsNullOrEmpty(_organization))
        {
            headers.TryAddWithoutValidation("OpenAI-Organization", _organization);
        }

        if (!string.IsNullOrEmpty(_project))
        {
            headers.TryAddWithoutValidation("OpenAI-Project", _project);
        }

        return request;
    }

    /// <summary>Sends <paramref name="request"/> and reads a <typeparamref name="T"/> from the success body.</summary>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, typeInfo, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends <paramref name="request"/> and discards the success body.</summary>
    public async Task SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends an event-stream request like <see cref="SendCheckedAsync"/>, with a bound on the wait for its headers
    /// (the stream's body has its own idle timeout, and <c>HttpClient.Timeout</c> is off for streams): a server that
    /// accepts the connection and never answers becomes a timed-out <see cref="ResponsesNetworkException"/> (or, for
    /// a streaming create, <see cref="ResponseCreateOutcomeUnknownException"/>) instead of a wait without end.
    /// </summary>
    public async Task<HttpResponseMessage> SendForHeadersAsync(HttpRequestMessage request, TimeSpan headersTimeout, CancellationToken cancellationToken)
    {
        if (headersTimeout == Timeout.InfiniteTimeSpan)
        {
            return await SendCheckedAsync(request, cancellationToken).ConfigureAwait(false);
        }

        using var timeout = new CancellationTokenSource(headersTimeout, TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendCheckedAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw NetworkFailures.Create(request, RequestKinds.Of(request), new TimeoutException($"No answer within {headersTimeout}.", ex));
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
        {
            // The wait ran on the linked token; the caller's cancellation is reported with the caller's token.
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/>, returning as soon as the headers arrive; the caller owns (and disposes)
    /// the response. A non-success answer is read, disposed and thrown as <see cref="ResponsesApiException"/>; a call
    /// that got no answer throws <see cref="ResponsesNetworkException"/> (or, for a create that may have started a job,
    /// <see cref="ResponseCreateOutcomeUnknownException"/>).
    /// </summary>
    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The resent copy shares the caller's content, which the caller disposes with its own message; the copy holds nothing else, and the response refers to it.")]
    public async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var debug = _logger.IsEnabled(LogLevel.Debug);
        var started = debug ? TimeProvider.GetTimestamp() : 0;
        if (request.Content is not null && _logger.IsEnabled(LogLevel.Trace))
        {
            // Only buffered bodies are logged (all the SDK sends), and reading them again is harmless.
            var body = await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            Log.RequestBody(_logger, request.Method.Method, PathOf(request), body);
        }

        var sentToken = await _credential.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(request, started, debug, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && sentToken is not null && _credential.Invalidate(sentToken))
        {
            // The token was refused (revoked, or expired before its stated time): a new one is fetched for every request
            // after this. This one is repeated once if that is safe; a create never is, so a paid job is never started twice.
            if (RequestKinds.Of(request) is RequestKind.Create or RequestKind.CreateStream)
            {
                Log.BearerTokenRejected(_logger, request.Method.Method, PathOf(request), "a new token is fetched for the next request; a create is not repeated");
            }
            else
            {
                Log.BearerTokenRejected(_logger, request.Method.Method, PathOf(request), "repeating it once with a new token");
                response.Dispose();
                request = RequestKinds.CopyForResend(request);
                await _credential.AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
                response = await SendOnceAsync(request, started, debug, cancellationToken).ConfigureAwait(false);
            }
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await CreateApiExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, long started, bool debug, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ResponsesException && NetworkFailures.IsNetworkFailure(ex, cancellationToken))
        {
            // Reached without the SDK's handler (a caller-built HttpClient); with it, the failure is typed already.
            var failure = NetworkFailures.Create(request, RequestKinds.Of(request), ex);
            LogFailure(request, failure, started, debug);
            throw failure;
        }
        catch (Exception ex)
        {
            LogFailure(request, ex, started, debug);
            throw;
        }

        if (debug)
        {
            // Method, path and status only: headers carry the key, and the query adds nothing to diagnose with.
            Log.RequestCompleted(_logger, request.Method.Method, PathOf(request), (int)response.StatusCode, TimeProvider.GetElapsedTime(started).TotalMilliseconds);
        }

        return response;
    }

    /// <summary>Reads a <typeparamref name="T"/> from a success answer's body.</summary>
    public async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var operation = response.RequestMessage is { } request ? DescribeOperation(request) : "the call";
        T? value;
        try
        {
            await BufferAsync(response, cancellationToken).ConfigureAwait(false);
            if (_logger.IsEnabled(LogLevel.Trace))
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                Log.ResponseBody(_logger, operation, (int)response.StatusCode, body);
            }

            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (JsonException ex)
        {
            throw new ResponsesSerializationException(
                $"The HTTP {(int)response.StatusCode} answer to {operation} could not be read as {typeof(T).Name}: {ex.Message}",
                ex);
        }

        return value ?? throw new ResponsesSerializationException(
            $"The HTTP {(int)response.StatusCode} answer to {operation} was JSON null where {typeof(T).Name} was expected.");
    }

    /// <summary>Reads the whole body before it is parsed, so that a connection lost mid-body is a network failure, not a JSON error.</summary>
    private static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await response.Content.LoadIntoBufferAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
#endif
        }
        catch (Exception ex) when (response.RequestMessage is { } request && NetworkFailures.IsNetworkFailure(ex, cancellationToken))
        {
            throw NetworkFailures.Create(request, RequestKinds.Of(request), ex);
        }
    }

    private void LogFailure(HttpRequestMessage request, Exception exception, long started, bool debug)
    {
        if (debug)
        {
            Log.RequestFailed(_logger, exception, request.Method.Method, PathOf(request), TimeProvider.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public async Task<ResponsesApiException> CreateApiExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var requestId = response.Headers.TryGetValues("x-request-id", out var ids) ? ids.FirstOrDefault() : null;
        var retryAfter = RetryAfterParser.Parse(response.Headers, TimeProvider);
        byte[] body;
        try
        {
            body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            // The status is the answer; a body lost on the way only costs the details.
            body = [];
        }

        var error = TryReadError(body);
        var rawText = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, MaxRawBodySnippetChars * 4)));
        if (rawText.Length > MaxRawBodySnippetChars)
        {
            rawText = rawText[..MaxRawBodySnippetChars] + "…";
        }

        var message = error?.Message;
        if (message is null && error is null)
        {
            // Not the API's JSON (a proxy page, an empty body): say what arrived instead.
            message = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? null : response.ReasonPhrase;
        }

        if (status == 401 && _credential.HintForUnauthorized(response.RequestMessage?.RequestUri ?? Endpoint.BaseAddress) is { } hint)
        {
            message = message is null ? hint : message.TrimEnd() + " " + hint;
        }

        return new ResponsesApiException(
            status,
            Redact(message),
            Redact(error?.Type),
            Redact(AsText(error?.Code)),
            Redact(AsText(error?.Param)),
            requestId,
            retryAfter,
            rawText.Length == 0 ? null : Redact(rawText),
            response.RequestMessage?.Method.Method,
            response.RequestMessage?.RequestUri)
        {
            ServerShouldRetry = TransientFailures.ReadShouldRetry(response.Headers),
        };
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxErrorBodyBytes];
            var total = 0;
            int read;
            while (total < buffer.Length
                && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return buffer.AsSpan(0, total).ToArray();
        }
    }

    private static ErrorBody? TryReadError(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ResponsesJsonContext.Default.ErrorResponseBody)?.Error;
        }
        catch (JsonException)
        {
            // A non-JSON error body (an HTML page from a proxy) is reported through RawBody instead.
            return null;
        }
    }

    private static string? AsText(JsonElement? element) => element switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        { } e => e.GetRawText(),
    };

    private static string PathOf(HttpRequestMessage request) => request.RequestUri?.AbsolutePath ?? string.Empty;

    private static string DescribeOperation(HttpRequestMessage request) =>
        $"{request.Method} {request.RequestUri?.AbsolutePath}";

    private static string BuildUserAgent()
    {
        var assembly = typeof(ResponsesHttpPipeline).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        return $"BackgroundResponses/{version} ({RuntimeInformation.FrameworkDescription}; {RuntimeInformation.RuntimeIdentifier})";
    }

    private string? Redact(string? text) => text is null ? null : _credential.Redact(text, RedactedKey);
}
