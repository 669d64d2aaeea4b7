using System.Net;
using System.Net.Http.Headers;
using BackgroundResponses.Tests.TestSupport;

namespace BackgroundResponses.Tests.Streaming.Properties;

/// <summary>
/// Answers every stream request with one body whose reads return exactly the given chunk sizes, cycled; any other
/// request (the retrieve that follows a connection which brought nothing) with 404.
/// </summary>
internal sealed class ChunkedBodyServer : HttpMessageHandler
{
    private readonly byte[] _body;
    private readonly int[] _chunkSizes;
    private int _streamRequests;

    public ChunkedBodyServer(byte[] body, int[] chunkSizes)
    {
        _body = body;
        _chunkSizes = chunkSizes;
    }

    public int StreamRequests => _streamRequests;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.Query.Contains("stream=true", StringComparison.Ordinal) != true)
        {
            var notFound = new StringContent("""{"error":{"message":"No response found.","type":"invalid_request_error","param":null,"code":null}}""");
            notFound.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { Content = notFound, RequestMessage = request });
        }

        Interlocked.Increment(ref _streamRequests);
        var content = new StreamContent(new ChunkedStream(_body, _chunkSizes));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/event-stream");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    private sealed class ChunkedStream : ReadOnlyTestStream
    {
        private readonly byte[] _data;
        private readonly int[] _chunkSizes;
        private int _position;
        private int _chunk;

        public ChunkedStream(byte[] data, int[] chunkSizes)
        {
            _data = data;
            _chunkSizes = chunkSizes;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadCore(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ReadCore(buffer.Span));

        private int ReadCore(Span<byte> buffer)
        {
            if (_position >= _data.Length || buffer.IsEmpty)
            {
                return 0;
            }

            var wanted = _chunkSizes[_chunk++ % _chunkSizes.Length];
            var count = Math.Min(Math.Min(wanted, buffer.Length), _data.Length - _position);
            _data.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }
}
