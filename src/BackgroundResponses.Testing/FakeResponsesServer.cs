using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackgroundResponses.Testing;

/// <summary>
/// A fake of the OpenAI Responses API on a real HTTP server (Kestrel on 127.0.0.1, a free port), in process. It keeps
/// responses in memory and generates them in the background like the real service: <c>queued</c>, <c>in_progress</c>, a
/// stream of events with gapless sequence numbers from 0, then <c>completed</c>. What a response produces is a
/// <see cref="FakeResponseScript"/>: a plain reply, a deep-research run (reasoning summaries, web searches, a report with
/// citations) for web-search requests, or the test's own (<see cref="FakeResponsesServerOptions.Script"/>). Streams can be resumed with
/// <c>starting_after</c>, responses cancelled, deleted and their input items listed; <see cref="Faults"/> breaks things on demand.
/// With <see cref="FakeResponsesServerOptions.WebhookUrl"/> set, a background response that ends is also announced by a signed
/// webhook, logged in <see cref="WebhookDeliveries"/>.
/// </summary>
/// <example>
/// <code>
/// await using var server = await FakeResponsesServer.StartAsync();
/// var client = server.CreateClient();
/// server.Faults.DropNextStreamAfter(events: 41);
/// await foreach (var e in client.CreateStreamingAsync(new CreateResponseRequest { Model = "gpt-5.5", Input = "Hi" })) { … }
/// </code>
/// </example>
public sealed class FakeResponsesServer : IAsyncDisposable
{
    /// <summary>The API key <see cref="CreateClient"/> sends when <see cref="FakeResponsesServerOptions.ApiKey"/> is not set.</summary>
    public const string DefaultClientApiKey = "sk-fake-responses-server";

    private const string JsonContentType = "application/json";
    private const string BodyItemKey = "BackgroundResponses.Testing.Body";

    private readonly WebApplication _app;
    private readonly FakeResponsesServerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, FakeResponse> _responses = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly Lock _requestsGate = new();
#else
    private readonly object _requestsGate = new();
#endif
    private readonly List<RecordedRequest> _requests = [];
    private readonly CancellationTokenSource _shutdown = new();
    private readonly WebhookSender? _webhooks;
    private readonly FakeAuthentication _authentication;
    private readonly string _pathBase;
    private int _disposed;

    private FakeResponsesServer(FakeResponsesServerOptions options, byte[]? webhookKey, FakeAuthentication authentication, string pathBase)
    {
        _options = options;
        _authentication = authentication;
        _pathBase = pathBase;
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
        if (webhookKey is not null)
        {
            _webhooks = new WebhookSender(options.WebhookUrl!, webhookKey, options, _timeProvider, Faults);
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FakeResponsesServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        if (!options.EnableLogging)
        {
            builder.Logging.ClearProviders();
        }

        _app = builder.Build();
        _app.Use(next => context => FilterAsync(context, next));
        _app.MapPost(pathBase + "/responses", CreateAsync);
        _app.MapGet(pathBase + "/responses/{id}", RetrieveAsync);
        _app.MapPost(pathBase + "/responses/{id}/cancel", CancelAsync);
        _app.MapDelete(pathBase + "/responses/{id}", DeleteAsync);
        _app.MapGet(pathBase + "/responses/{id}/input_items", InputItemsAsync);
    }

    /// <summary>
    /// The API root the server answers on, <c>http://127.0.0.1:{port}/v1/</c>, or under another
    /// <see cref="FakeResponsesServerOptions.PathBase"/> (say <c>http://127.0.0.1:{port}/openai/v1/</c>); it ends with a slash.
    /// </summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The faults to inject into coming requests, stream connections and responses.</summary>
    public FakeResponsesFaults Faults { get; } = new();

    /// <summary>Every request received so far, oldest first (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requestsGate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>
    /// Every webhook delivery attempt so far, oldest first (a snapshot); empty when <see cref="FakeResponsesServerOptions.WebhookUrl"/>
    /// is not set.
    /// </summary>
    public IReadOnlyList<FakeWebhookDelivery> WebhookDeliveries => _webhooks?.Deliveries ?? [];

    /// <summary>Starts a server on a free loopback port.</summary>
    /// <param name="options">Settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">
    /// The settings are inconsistent: a <see cref="FakeResponsesServerOptions.WebhookUrl"/> without a secret, both
    /// <see cref="FakeResponsesServerOptions.ApiKey"/> and <see cref="FakeResponsesServerOptions.BearerTokenValidator"/>, an
    /// <see cref="FakeResponsesServerOptions.ApiKeyHeaderName"/> that is not a header name, a <see cref="FakeResponsesServerOptions.PathBase"/>
    /// that is not a path, and so on.
    /// </exception>
    public static async Task<FakeResponsesServer> StartAsync(FakeResponsesServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeResponsesServerOptions();
        var authentication = FakeAuthentication.From(options);
        var pathBase = FakeAuthentication.NormalizePathBase(options.PathBase);
        var server = new FakeResponsesServer(options, WebhookSender.Validate(options), authentication, pathBase);
        try
        {
            await server._app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.BaseAddress = new Uri(address.TrimEnd('/') + server._pathBase + "/");
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Makes a new random webhook signing secret, <c>whsec_</c> and the base64 of 32 bytes, for <see cref="FakeResponsesServerOptions.WebhookSecret"/> and the receiver.</summary>
    /// <returns>The secret.</returns>
    public static string CreateWebhookSecret() => WebhookSender.CreateSecret();

    /// <summary>
    /// The first logged webhook delivery attempt that matches <paramref name="predicate"/> (any, when <see langword="null"/>), waiting
    /// for one when none has been logged yet. Calling it again with the same predicate returns the same attempt.
    /// </summary>
    /// <param name="predicate">Which attempt to wait for, for example <c>d =&gt; d.ResponseId == id &amp;&amp; d.Succeeded</c>.</param>
    /// <param name="cancellationToken">Ends the wait; pass a timeout so a missing webhook fails the test instead of hanging it.</param>
    /// <returns>The attempt.</returns>
    /// <exception cref="InvalidOperationException">The server was started without <see cref="FakeResponsesServerOptions.WebhookUrl"/>.</exception>
    public Task<FakeWebhookDelivery> WaitForWebhookAsync(Func<FakeWebhookDelivery, bool>? predicate = null, CancellationToken cancellationToken = default) =>
        _webhooks is null
            ? throw new InvalidOperationException($"This server sends no webhooks: set {nameof(FakeResponsesServerOptions.WebhookUrl)} and {nameof(FakeResponsesServerOptions.WebhookSecret)} when starting it.")
            : _webhooks.WaitAsync(predicate, cancellationToken);

    /// <summary>
    /// Creates a <see cref="ResponsesClient"/> pointed at this server, with the server's API key (or <see cref="DefaultClientApiKey"/>)
    /// sent in its <see cref="FakeResponsesServerOptions.ApiKeyHeaderName"/> if it has one. A server with a
    /// <see cref="FakeResponsesServerOptions.BearerTokenValidator"/> takes no key: <paramref name="configure"/> must set
    /// <see cref="ResponsesClientOptions.BearerTokenProvider"/>.
    /// </summary>
    /// <param name="configure">Adjusts the options before the client is built, for example to shorten retry delays.</param>
    /// <returns>A client the caller disposes.</returns>
    /// <exception cref="InvalidOperationException">The server takes bearer tokens and <paramref name="configure"/> set no <see cref="ResponsesClientOptions.BearerTokenProvider"/>.</exception>
    public ResponsesClient CreateClient(Action<ResponsesClientOptions>? configure = null)
    {
        var clientOptions = _authentication.RequiresBearerToken
            ? new ResponsesClientOptions { BaseAddress = BaseAddress }
            : new ResponsesClientOptions { ApiKey = _options.ApiKey ?? DefaultClientApiKey, ApiKeyHeaderName = _authentication.ApiKeyHeaderName, BaseAddress = BaseAddress };
        configure?.Invoke(clientOptions);
        if (_authentication.RequiresBearerToken && clientOptions.BearerTokenProvider is null)
        {
            throw new InvalidOperationException(
                $"This server takes bearer tokens ({nameof(FakeResponsesServerOptions)}.{nameof(FakeResponsesServerOptions.BearerTokenValidator)} is set): " +
                $"set {nameof(ResponsesClientOptions)}.{nameof(ResponsesClientOptions.BearerTokenProvider)} in {nameof(configure)}.");
        }

        return new ResponsesClient(clientOptions);
    }

    /// <summary>The server's current view of a response, or <see langword="null"/> when it does not exist (or was deleted).</summary>
    /// <param name="id">The response id.</param>
    /// <returns>A snapshot that later changes do not affect.</returns>
    public ModelResponse? GetResponse(string id) => _responses.TryGetValue(id, out var response) ? response.Snapshot() : null;

    /// <summary>
    /// Adds a background, streamable response under an id of the caller's choosing, as if a client had created it before: for
    /// example in an earlier process whose fake ended with it, so that a resume token saved then finds its response again. It is
    /// generated from the start like a new response (with the script <see cref="FakeResponsesServerOptions.Script"/> picks for
    /// <paramref name="request"/>); no request is logged and no fault is used up.
    /// </summary>
    /// <param name="id">The response id, <c>resp_…</c>.</param>
    /// <param name="request">The create request the response answers.</param>
    /// <returns>The response as it is now (<c>queued</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> does not start with <c>resp_</c>, or <paramref name="request"/> has no model.</exception>
    /// <exception cref="InvalidOperationException">A response with this id exists already.</exception>
    public ModelResponse SeedResponse(string id, CreateResponseRequest request)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(request);
        if (!id.StartsWith("resp_", StringComparison.Ordinal) || id.Length == "resp_".Length)
        {
            throw new ArgumentException($"A response id starts with 'resp_'; got '{id}'.", nameof(id));
        }

        if (string.IsNullOrEmpty(request.Model))
        {
            throw new ArgumentException("The request needs a model.", nameof(request));
        }

        var response = new FakeResponse(id, request, FakeResponseScript.For(request, _options), background: true, stream: true, _timeProvider.GetUtcNow(), fault: null) { Ended = OnResponseEnded };
        if (!_responses.TryAdd(id, response))
        {
            throw new InvalidOperationException($"A response with id '{id}' exists already.");
        }

        response.Start(_options, _timeProvider);
        return response.Snapshot();
    }

    /// <summary>Forgets the requests logged so far.</summary>
    public void ClearRequests()
    {
        lock (_requestsGate)
        {
            _requests.Clear();
        }
    }

    /// <summary>Stops generation and the HTTP server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Ends stalls and waits in open connections so Kestrel does not sit out its drain timeout on them.
        await _shutdown.CancelAsync().ConfigureAwait(false);
        foreach (var response in _responses.Values)
        {
            response.Stop();
        }

        if (_webhooks is not null)
        {
            await _webhooks.DisposeAsync().ConfigureAwait(false);
        }

        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _shutdown.Dispose();
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = JsonContentType;
        await context.Response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string message, string type = "invalid_request_error", string? param = null, string? code = null) =>
        WriteJsonAsync(context, status, FakeJson.Error(message, type, param, code));

    private static Task NotFoundAsync(HttpContext context, string id) =>
        WriteErrorAsync(context, StatusCodes.Status404NotFound, $"Response with id '{id}' not found.");

    private static string RouteId(HttpContext context) => (string)context.Request.RouteValues["id"]!;

    private static string ErrorTypeFor(int status) => status switch
    {
        401 => "invalid_request_error",
        403 => "permission_error",
        404 => "invalid_request_error",
        429 => "rate_limit_exceeded",
        >= 500 => "server_error",
        _ => "invalid_request_error",
    };

    // Only background responses send webhooks, as on the real service.
    private void OnResponseEnded(FakeResponse response, ResponseStatus status)
    {
        if (response.Background)
        {
            _webhooks?.Send(response.Id, status);
        }
    }

    private async Task FilterAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        request.EnableBuffering();
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        request.Body.Position = 0;
        context.Items[BodyItemKey] = body;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            headers[header.Key] = _authentication.IsSecretHeader(header.Key) ? RecordedRequest.RedactedValue : header.Value.ToString();
        }

        lock (_requestsGate)
        {
            _requests.Add(new RecordedRequest(request.Method, request.Path.Value ?? string.Empty, request.QueryString.Value ?? string.Empty, headers, body, _timeProvider.GetUtcNow()));
        }

        context.Response.Headers["x-request-id"] = FakeResponse.NewId("req_");
        switch (_authentication.Check(request))
        {
            case FakeAuthenticationFailure.MissingKey:
                await WriteErrorAsync(context, 401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).").ConfigureAwait(false);
                return;
            case FakeAuthenticationFailure.InvalidKey:
                await WriteErrorAsync(context, 401, "Incorrect API key provided.", code: "invalid_api_key").ConfigureAwait(false);
                return;
            case FakeAuthenticationFailure.InvalidAzureKey:
                await WriteJsonAsync(context, 401, FakeJson.AzureError("401", FakeAuthentication.AzureKeyMessage)).ConfigureAwait(false);
                return;
            case FakeAuthenticationFailure.InvalidToken:
                context.Response.Headers.WWWAuthenticate = FakeAuthentication.BearerChallenge;
                await WriteJsonAsync(context, 401, FakeJson.AzureError("401", FakeAuthentication.AzureTokenMessage)).ConfigureAwait(false);
                return;
            default:
                break;
        }

        if (Faults.TakeRequestFault(request.Method, request.Path.Value ?? string.Empty) is { } fault)
        {
            if (fault.RetryAfter is { } delay)
            {
                if (fault.RetryAfterInMilliseconds)
                {
                    context.Response.Headers["retry-after-ms"] = ((long)Math.Ceiling(delay.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    context.Response.Headers.RetryAfter = ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
            }

            await WriteErrorAsync(context, fault.StatusCode, $"Injected fault: HTTP {fault.StatusCode}.", ErrorTypeFor(fault.StatusCode)).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var body = (string)context.Items[BodyItemKey]!;
        CreateResponseRequest? request;
        bool background;
        bool stream;
        try
        {
            using var document = JsonDocument.Parse(body);
            background = document.RootElement.TryGetProperty("background", out var b) && b.ValueKind == JsonValueKind.True;
            stream = document.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
            request = document.RootElement.ValueKind == JsonValueKind.Null ? null : ResponsesJson.DeserializeCreateResponseRequest(body);
        }
        catch (JsonException ex)
        {
            await WriteErrorAsync(context, 400, $"We could not parse the JSON body of your request. ({ex.Message})").ConfigureAwait(false);
            return;
        }

        if (request is null || string.IsNullOrEmpty(request.Model))
        {
            await WriteErrorAsync(context, 400, "Missing required parameter: 'model'.", param: "model", code: "missing_required_parameter").ConfigureAwait(false);
            return;
        }

        if (UnpairedFunctionCallOutput(request) is { } unpaired)
        {
            await WriteErrorAsync(context, 400, unpaired, param: "input").ConfigureAwait(false);
            return;
        }

        var steps = FakeResponseScript.For(request, _options);
        var response = new FakeResponse(FakeResponse.NewId("resp_"), request, steps, background, stream, _timeProvider.GetUtcNow(), Faults.TakeResponseFault()) { Ended = OnResponseEnded };
        _responses[response.Id] = response;
        response.Start(_options, _timeProvider);

        if (stream)
        {
            await StreamAsync(context, response, 0).ConfigureAwait(false);
            return;
        }

        if (!background)
        {
            // A foreground create answers only once the response is done.
            var frames = new List<byte[]>();
            while (true)
            {
                response.Read(int.MaxValue, frames, out var ended, out var changed);
                if (ended)
                {
                    break;
                }

                await changed.WaitAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }

        await WriteJsonAsync(context, 200, FakeJson.Serialize(response.Snapshot())).ConfigureAwait(false);
    }

    /// <summary>
    /// The real service refuses a <c>function_call_output</c> it cannot pair with a <c>function_call</c> in the conversation: the
    /// request's own input or the chain of responses its <c>previous_response_id</c> continues.
    /// </summary>
    /// <returns>The error message, or <see langword="null"/> when every output has its call.</returns>
    private string? UnpairedFunctionCallOutput(CreateResponseRequest request)
    {
        var outputs = request.Input?.Items?.OfType<FunctionCallOutputItem>().ToList();
        if (outputs is not { Count: > 0 })
        {
            return null;
        }

        if (outputs.Any(output => string.IsNullOrEmpty(output.CallId)))
        {
            return "Missing required parameter: 'input[].call_id'.";
        }

        var calls = new HashSet<string>(StringComparer.Ordinal);
        AddCalls(request.Input!.Items!);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var previousId = request.PreviousResponseId;
            previousId is not null && visited.Add(previousId) && _responses.TryGetValue(previousId, out var previous);
            previousId = previous.Request.PreviousResponseId)
        {
            AddCalls(previous.InputItems);
            AddCalls(previous.Snapshot().Output);
        }

        return outputs.FirstOrDefault(output => !calls.Contains(output.CallId!)) is { } unpaired
            ? $"No tool call found for function call output with call_id {unpaired.CallId}."
            : null;

        void AddCalls(IEnumerable<ResponseItem> items)
        {
            foreach (var call in items.OfType<FunctionCallItem>())
            {
                if (call.CallId is { } callId)
                {
                    calls.Add(callId);
                }
            }
        }
    }

    private async Task RetrieveAsync(HttpContext context)
    {
        var id = RouteId(context);
        if (!_responses.TryGetValue(id, out var response))
        {
            await NotFoundAsync(context, id).ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        if (!string.Equals(query["stream"].ToString(), "true", StringComparison.OrdinalIgnoreCase))
        {
            await WriteJsonAsync(context, 200, FakeJson.Serialize(response.Snapshot())).ConfigureAwait(false);
            return;
        }

        if (!response.Background)
        {
            await WriteErrorAsync(context, 400, "This response cannot be streamed because it was not created with background=true.", param: "stream", code: "invalid_request_error").ConfigureAwait(false);
            return;
        }

        if (_timeProvider.GetUtcNow() - response.CreatedAt > _options.RestreamWindow)
        {
            await WriteErrorAsync(context, 400, $"This response can no longer be streamed because it is more than {FakeJson.FormatWindow(_options.RestreamWindow)} old.", param: "stream", code: "invalid_request_error").ConfigureAwait(false);
            return;
        }

        var startingAfter = -1;
        var rawStartingAfter = query["starting_after"].ToString();
        if (rawStartingAfter.Length > 0 && !int.TryParse(rawStartingAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out startingAfter))
        {
            await WriteErrorAsync(context, 400, $"Invalid 'starting_after': expected an integer, but got '{rawStartingAfter}' instead.", param: "starting_after", code: "invalid_type").ConfigureAwait(false);
            return;
        }

        await StreamAsync(context, response, startingAfter + 1).ConfigureAwait(false);
    }

    private async Task CancelAsync(HttpContext context)
    {
        var id = RouteId(context);
        if (!_responses.TryGetValue(id, out var response))
        {
            await NotFoundAsync(context, id).ConfigureAwait(false);
            return;
        }

        if (!response.Background)
        {
            await WriteErrorAsync(context, 400, "Only responses created with background=true can be cancelled.").ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, 200, FakeJson.Serialize(response.Cancel())).ConfigureAwait(false);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        var id = RouteId(context);
        if (!_responses.TryRemove(id, out var response))
        {
            await NotFoundAsync(context, id).ConfigureAwait(false);
            return;
        }

        response.Stop();
        await WriteJsonAsync(context, 200, FakeJson.Deleted(id)).ConfigureAwait(false);
    }

    private async Task InputItemsAsync(HttpContext context)
    {
        var id = RouteId(context);
        if (!_responses.TryGetValue(id, out var response))
        {
            await NotFoundAsync(context, id).ConfigureAwait(false);
            return;
        }

        var query = context.Request.Query;
        var limit = 20;
        var rawLimit = query["limit"].ToString();
        if (rawLimit.Length > 0 && (!int.TryParse(rawLimit, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
        {
            await WriteErrorAsync(context, 400, $"Invalid 'limit': integer between 1 and 100 expected, got '{rawLimit}'.", param: "limit", code: "invalid_value").ConfigureAwait(false);
            return;
        }

        var order = query["order"].ToString();
        if (order.Length > 0 && order is not ("asc" or "desc"))
        {
            await WriteErrorAsync(context, 400, $"Invalid value for 'order': expected 'asc' or 'desc', got '{order}'.", param: "order", code: "invalid_value").ConfigureAwait(false);
            return;
        }

        IEnumerable<ResponseItem> items = order == "asc" ? response.InputItems : response.InputItems.Reverse();
        var after = query["after"].ToString();
        if (after.Length > 0)
        {
            items = items.SkipWhile(item => item.Id != after).Skip(1);
        }

        var remaining = items.ToList();
        var page = remaining.Take(limit).ToList();
        var list = new ResponseItemList
        {
            Object = "list",
            Data = page,
            FirstId = page.Count > 0 ? page[0].Id : null,
            LastId = page.Count > 0 ? page[^1].Id : null,
            HasMore = remaining.Count > page.Count,
        };
        await WriteJsonAsync(context, 200, FakeJson.ItemList(list)).ConfigureAwait(false);
    }

    /// <summary>Writes events from index <paramref name="from"/> on as they are produced, until the response ends; applies the next stream fault.</summary>
    private async Task StreamAsync(HttpContext context, FakeResponse response, int from)
    {
        var fault = Faults.TakeStreamFault();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _shutdown.Token);
        var aborted = linked.Token;
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        try
        {
            await context.Response.StartAsync(aborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
            var written = 0;
            var next = from;
            var frames = new List<byte[]>();
            while (true)
            {
                if (fault is { Kind: StreamFaultKind.Stall } stall && written == stall.Events)
                {
                    fault = null;
                    await Task.Delay(stall.Duration, _timeProvider, aborted).ConfigureAwait(false);
                }

                frames.Clear();
                response.Read(next, frames, out var ended, out var changed);
                if (frames.Count == 0)
                {
                    if (ended)
                    {
                        return;
                    }

                    await changed.WaitAsync(aborted).ConfigureAwait(false);
                    continue;
                }

                foreach (var frame in frames)
                {
                    if (fault is { Kind: StreamFaultKind.Drop or StreamFaultKind.DropMidEvent } drop && written == drop.Events)
                    {
                        if (drop.Kind == StreamFaultKind.DropMidEvent)
                        {
                            await context.Response.Body.WriteAsync(frame.AsMemory(0, Math.Max(1, frame.Length / 2)), aborted).ConfigureAwait(false);
                            await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
                        }

                        context.Abort();
                        return;
                    }

                    await context.Response.Body.WriteAsync(frame, aborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(aborted).ConfigureAwait(false);
                    written++;
                    next++;
                    if (fault is { Kind: StreamFaultKind.Stall } && written == fault.Events)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client went away; generation carries on without it.
        }
    }
}
