using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace BackgroundResponses.Benchmarks;

/// <summary>
/// Answers the Responses API from memory, with no network: <c>?stream=true</c> gets the generated event
/// stream, a plain GET gets a response that turns <c>completed</c> after <see cref="PollsUntilDone"/> polls.
/// </summary>
internal sealed class InMemoryHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue EventStream = new("text/event-stream");
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly ConcurrentDictionary<string, int> _polls = new(StringComparer.Ordinal);
    private long _totalPolls;

    /// <summary>Gets or sets the event-stream body.</summary>
    public byte[] StreamBody { get; set; } = StreamData.Stream;

    /// <summary>Gets or sets how many polls of a response see it in progress before it completes; 0 means always completed.</summary>
    public int PollsUntilDone { get; set; }

    /// <summary>Gets the number of plain GETs answered.</summary>
    public long TotalPolls => Interlocked.Read(ref _totalPolls);

    /// <summary>Gets or sets a task every answer waits for while it is not complete (the scale run holds all pollers at their first poll).</summary>
    public Task? Hold { get; set; }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Hold is { IsCompleted: false } hold ? SendAfterAsync(hold, request, cancellationToken) : Task.FromResult(Answer(request));

    private async Task<HttpResponseMessage> SendAfterAsync(Task hold, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await hold.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Answer(request);
    }

    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) => Answer(request);

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        if (uri.Query.Contains("stream=true", StringComparison.Ordinal))
        {
            return Answer(StreamBody, EventStream);
        }

        Interlocked.Increment(ref _totalPolls);
        if (PollsUntilDone == 0)
        {
            return Answer(StreamData.CompletedPollBody, Json);
        }

        var id = uri.Segments[^1];
        var count = _polls.AddOrUpdate(id, 1, static (_, n) => n + 1);
        return Answer(count >= PollsUntilDone ? StreamData.CompletedPollBody : StreamData.InProgressPollBody, Json);
    }

    private static HttpResponseMessage Answer(byte[] body, MediaTypeHeaderValue contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = contentType;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
