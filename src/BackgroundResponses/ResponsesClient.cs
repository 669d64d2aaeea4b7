using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackgroundResponses;

/// <summary>
/// A client for the OpenAI Responses API in background mode: create a response, retrieve it, cancel it,
/// delete it and list its input items.
/// </summary>
/// <remarks>
/// <para>Thread-safe; create one and reuse it. Every member is virtual so the client can be mocked.</para>
/// <para>
/// The client holds no resource of its own to dispose: a client built from <see cref="ResponsesClientOptions"/>
/// sends through a connection pool shared by all such clients (with a bounded connection lifetime, so DNS changes
/// are seen), and a client given an <see cref="HttpClient"/> leaves that client to its owner. That is also why
/// dependency injection can hand it out as a transient typed client without the container holding on to it.
/// </para>
/// </remarks>
public partial class ResponsesClient
{
    /// <summary>One connection pool for every client built from options, as <c>IHttpClientFactory</c> would share one.</summary>
    private static readonly Lazy<SocketsHttpHandler> SharedTransport = new(() => new SocketsHttpHandler
    {
        // Long-lived pools must still see DNS changes.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = System.Net.DecompressionMethods.All,

        // Only in effect over HTTP/2: more streams than one connection allows open another connection instead of queueing.
        EnableMultipleHttp2Connections = true,
    });

    private readonly ResponsesHttpPipeline _pipeline = null!;
    private readonly ResumableEventStream _stream = null!;
    private readonly ResponsePollingPipeline _polling = null!;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>Initializes a new instance of the <see cref="ResponsesClient"/> class that owns its own <see cref="HttpClient"/>.</summary>
    /// <param name="options">The options; <see cref="ResponsesClientOptions.ApiKey"/> falls back to <c>OPENAI_API_KEY</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No API key is set and <c>OPENAI_API_KEY</c> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the exception names it, for example <c>Streaming.Polling.MaxWait</c>).</exception>
    public ResponsesClient(ResponsesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options = Validated(options);
        (_pipeline, _stream, _polling, _logger) = Initialize(CreateHttpClient(options), options, baseAddressFallback: null, loggerFactory: null, timeProvider: null);
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesClient"/> class over a caller-owned <see cref="HttpClient"/>.</summary>
    /// <param name="httpClient">
    /// The client to send requests with, for example one from <c>IHttpClientFactory</c>. Its
    /// <see cref="HttpClient.BaseAddress"/> is used when <paramref name="options"/> sets none.
    /// </param>
    /// <param name="options">The options; <see langword="null"/> for the defaults (key from <c>OPENAI_API_KEY</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No API key is set and <c>OPENAI_API_KEY</c> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the exception names it, for example <c>Streaming.Polling.MaxWait</c>).</exception>
    public ResponsesClient(HttpClient httpClient, ResponsesClientOptions? options = null)
        : this(httpClient, options, loggerFactory: null, timeProvider: null)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="ResponsesClient"/> class over a caller-owned <see cref="HttpClient"/>,
    /// with logging and a clock of the caller's choosing (as dependency injection does).
    /// </summary>
    /// <param name="httpClient">The client to send requests with; its <see cref="HttpClient.BaseAddress"/> is used when <paramref name="options"/> sets none.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="loggerFactory">Where to log resumes, retries and give-ups; <see langword="null"/> for no logging.</param>
    /// <param name="timeProvider">The clock for delays and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>. Tests pass a fake one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">No API key is set and <c>OPENAI_API_KEY</c> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the exception names it, for example <c>Streaming.Polling.MaxWait</c>).</exception>
    public ResponsesClient(HttpClient httpClient, ResponsesClientOptions? options, ILoggerFactory? loggerFactory, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        (_pipeline, _stream, _polling, _logger) = Initialize(httpClient, Validated(options ?? new ResponsesClientOptions()), httpClient.BaseAddress, loggerFactory, timeProvider);
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesClient"/> class for mocking.</summary>
    protected ResponsesClient()
    {
    }

    /// <summary>Gets the API root the client sends to, always ending with a slash.</summary>
    public virtual Uri BaseAddress => _pipeline.Endpoint.BaseAddress;

    /// <summary>
    /// Creates a response (<c>POST /responses</c>). In background mode (the default) the call returns at once
    /// with a <c>queued</c> response whose id can be polled, streamed or cancelled.
    /// </summary>
    /// <param name="request">What to generate.</param>
    /// <param name="background"><see langword="true"/> (the default) to run the response in the background.</param>
    /// <param name="cancellationToken">Cancels the call (not the background job: use <see cref="CancelAsync"/>).</param>
    /// <returns>The created response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The request sets <c>background</c> or <c>stream</c> through its additional properties.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status.</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponseCreateOutcomeUnknownException">The request was sent but no answer came: a background job may have been started. It is not retried, so that no second paid job starts.</exception>
    /// <exception cref="ResponsesNetworkException">The request surely never reached the server (connection refused, host not found), after the retries of <see cref="ResponsesClientOptions.Retry"/>: nothing was started.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<ModelResponse> CreateAsync(CreateResponseRequest request, bool background = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = _pipeline.CreateRequest(RequestKind.Create, HttpMethod.Post, _pipeline.Endpoint.Responses(), CreateResponseContent.Create(request, background, stream: false));
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.CreateActivity, responseId: null, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, ResponsesJsonContext.Default.ModelResponse, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Retrieves a response (<c>GET /responses/{id}</c>).</summary>
    /// <param name="responseId">The response id (<c>resp_…</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response as it is now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status (404 for an unknown id).</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponsesNetworkException">No answer came from the server (connection refused, host not found, reset, TLS failure, timeout), after the retries of <see cref="ResponsesClientOptions.Retry"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<ModelResponse> RetrieveAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.RetrieveActivity, responseId, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _polling.RetrieveAsync(responseId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Retrieves a response (<c>GET /responses/{id}</c>) with extra data included.</summary>
    /// <param name="responseId">The response id (<c>resp_…</c>).</param>
    /// <param name="options">What to include (<c>include[]</c>, <c>include_obfuscation</c>); <see langword="null"/> for nothing extra.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response as it is now.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters, or <see cref="ResponseRetrieveOptions.Include"/> holds an empty value.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status (404 for an unknown id, 400 for an include it does not know).</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponsesNetworkException">No answer came from the server (connection refused, host not found, reset, TLS failure, timeout), after the retries of <see cref="ResponsesClientOptions.Retry"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<ModelResponse> RetrieveAsync(string responseId, ResponseRetrieveOptions? options, CancellationToken cancellationToken = default)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        QueryString.ValidateIncludes(options?.Include, nameof(options));
        var query = options?.AppendTo(new QueryString()).ToString() ?? string.Empty;
        using var message = _pipeline.CreateRequest(RequestKind.Read, HttpMethod.Get, _pipeline.Endpoint.Response(responseId, query));
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.RetrieveActivity, responseId, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, ResponsesJsonContext.Default.ModelResponse, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Cancels a background response (<c>POST /responses/{id}/cancel</c>). OpenAI answers a repeated cancel with
    /// the final response, so calling it twice is safe.
    /// </summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The response after the cancel, usually with status <c>cancelled</c> (or its final status if it had already finished).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status.</exception>
    /// <exception cref="ResponsesSerializationException">The answer could not be read.</exception>
    /// <exception cref="ResponsesNetworkException">No answer came from the server (connection refused, host not found, reset, TLS failure, timeout), after the retries of <see cref="ResponsesClientOptions.Retry"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<ModelResponse> CancelAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.CancelActivity, responseId, _pipeline.Endpoint.BaseAddress);
        return await ResponsesTelemetry.Trace(activity, _polling.CancelAsync(responseId, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Deletes a stored response (<c>DELETE /responses/{id}</c>).</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the server has confirmed the deletion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or contains whitespace or control characters.</exception>
    /// <exception cref="ResponsesApiException">The API answered with an error status (404 for an unknown id).</exception>
    /// <exception cref="ResponsesNetworkException">No answer came from the server (connection refused, host not found, reset, TLS failure, timeout), after the retries of <see cref="ResponsesClientOptions.Retry"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task DeleteAsync(string responseId, CancellationToken cancellationToken = default)
    {
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        using var message = _pipeline.CreateRequest(RequestKind.Read, HttpMethod.Delete, _pipeline.Endpoint.Response(responseId));
        using var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.DeleteActivity, responseId, _pipeline.Endpoint.BaseAddress);
        await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists the input items of a response (<c>GET /responses/{id}/input_items</c>), fetching further pages
    /// (following <c>has_more</c> and <c>after</c>) only as the caller enumerates.
    /// </summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="options">Page size, order, start cursor and includes; <see langword="null"/> for the server defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, page after page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is invalid, <see cref="ResponseInputItemsOptions.PageSize"/> is outside 1–100, <see cref="ResponseInputItemsOptions.Order"/> is empty, or <see cref="ResponseInputItemsOptions.Include"/> holds an empty value.</exception>
    /// <exception cref="ResponsesApiException">While enumerating: the API answered with an error status.</exception>
    /// <exception cref="ResponsesNetworkException">While enumerating: no answer came from the server.</exception>
    /// <exception cref="ResponsesSerializationException">While enumerating: a page could not be read.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual IAsyncEnumerable<ResponseItem> GetInputItemsAsync(string responseId, ResponseInputItemsOptions? options = null, CancellationToken cancellationToken = default)
    {
        // Validated here, not inside the iterator, so bad arguments throw at the call rather than at the first MoveNextAsync.
        ResponsesEndpoint.ValidateId(responseId, nameof(responseId));
        ValidateInputItemsOptions(options);
        return EnumerateInputItemsAsync(responseId, options, cancellationToken);
    }

    [SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "Disposing the handler would dispose the process-wide shared transport; the handler itself holds nothing to release.")]
    private static HttpClient CreateHttpClient(ResponsesClientOptions options)
    {
        var handler = new ResponsesResilienceHandler(options.Retry, options.NetworkTimeout) { InnerHandler = SharedTransport.Value };

        // No client-wide timeout: it would cut long event streams. Each REST attempt is bounded by
        // NetworkTimeout inside the resilience handler; streams by their idle timeout. Nothing here needs
        // disposing: the handler holds no resource and the transport is shared for the process's lifetime.
        return new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>A copy, validated once: the options object stays the caller's to change, and what was validated is what is used.</summary>
    private static ResponsesClientOptions Validated(ResponsesClientOptions options)
    {
        var copy = options.Clone();
        OptionsValidation.ThrowIfAny(copy.GetProblems());
        return copy;
    }

    private static (ResponsesHttpPipeline Pipeline, ResumableEventStream Stream, ResponsePollingPipeline Polling, ILogger Logger) Initialize(
        HttpClient httpClient,
        ResponsesClientOptions options,
        Uri? baseAddressFallback,
        ILoggerFactory? loggerFactory,
        TimeProvider? timeProvider)
    {
        var clock = timeProvider ?? TimeProvider.System;
        var credential = RequestCredential.From(options, clock) ?? throw new InvalidOperationException(
            ResponsesClientOptions.MissingCredentialMessage("or its environment variable"));

        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<ResponsesClient>();
        var endpoint = new ResponsesEndpoint(options.BaseAddress ?? baseAddressFallback ?? ResponsesClientOptions.DefaultBaseAddress);
        var pipeline = new ResponsesHttpPipeline(httpClient, endpoint, credential, options.Organization, options.Project, options.ApplicationId, clock, logger);

        // Data flows one way: the client calls Streaming and Polling, they call Http; nothing calls back into the
        // client's virtual members, so a subclass or mock that overrides them cannot change how a stream falls back.
        var polling = new ResponsePollingPipeline(pipeline, options.Retry.MaxRetryAfter, logger);
        var stream = new ResumableEventStream(pipeline, options.Streaming, polling, options.Retry.MaxRetryAfter, logger);
        return (pipeline, stream, polling, logger);
    }

    private async IAsyncEnumerable<ResponseItem> EnumerateInputItemsAsync(string responseId, ResponseInputItemsOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = options?.After;
        while (true)
        {
            var query = BuildInputItemsQuery(options, after);
            ResponseItemList page;
            using (var message = _pipeline.CreateRequest(RequestKind.Read, HttpMethod.Get, _pipeline.Endpoint.InputItems(responseId, query)))
            using (var activity = ResponsesTelemetry.StartActivity(ResponsesTelemetry.InputItemsPageActivity, responseId, _pipeline.Endpoint.BaseAddress))
            {
                page = await ResponsesTelemetry.Trace(activity, _pipeline.SendAsync(message, ResponsesJsonContext.Default.ResponseItemList, cancellationToken)).ConfigureAwait(false);
            }

            foreach (var item in page.Data)
            {
                yield return item;
            }

            var next = page.LastId ?? (page.Data.Count > 0 ? page.Data[^1].Id : null);
            if (!page.HasMore || page.Data.Count == 0 || string.IsNullOrEmpty(next) || next == after)
            {
                // An empty page or a cursor that does not move would otherwise loop forever.
                yield break;
            }

            after = next;
        }
    }

    private static string BuildInputItemsQuery(ResponseInputItemsOptions? options, string? after)
    {
        var query = new QueryString();
        if (options?.PageSize is { } limit)
        {
            query.Add("limit", limit.ToString(CultureInfo.InvariantCulture));
        }

        if (options?.Order is { } order)
        {
            query.Add("order", order.Value);
        }

        if (!string.IsNullOrEmpty(after))
        {
            query.Add("after", after);
        }

        return query.AddIncludes(options?.Include).ToString();
    }

    /// <summary>The checks of <see cref="GetInputItemsAsync"/>'s options, made at the call rather than at the first page.</summary>
    private static void ValidateInputItemsOptions(ResponseInputItemsOptions? options)
    {
        if (options is null)
        {
            return;
        }

        if (options.PageSize is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.PageSize, "PageSize must be between 1 and 100.");
        }

        // An empty order (a default struct) would send "order=", which the server refuses only once the enumeration runs.
        if (options.Order is { } order && string.IsNullOrWhiteSpace(order.Value))
        {
            throw new ArgumentException("Order must not be empty: use ResponseItemOrder.Ascending or ResponseItemOrder.Descending, or null for the server's default.", nameof(options));
        }

        QueryString.ValidateIncludes(options.Include, nameof(options));
    }
}
