using System.Globalization;

namespace BackgroundResponses.Tests.Streaming.Soak;

/// <summary>
/// Marks every request sent on behalf of a soak stream with the stream's number, so the proxy can plan that stream's
/// cuts and the server's request log can be counted per stream. The number flows with the stream's async calls.
/// </summary>
internal sealed class StreamTagHandler : DelegatingHandler
{
    public const string Header = "X-Soak-Stream";

    private static readonly AsyncLocal<int?> CurrentStream = new();

    public static int? Current
    {
        get => CurrentStream.Value;
        set => CurrentStream.Value = value;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current is { } stream)
        {
            request.Headers.TryAddWithoutValidation(Header, stream.ToString(CultureInfo.InvariantCulture));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
