namespace BackgroundResponses;

/// <summary>
/// A read-only view of a response body that fails once more than a set number of bytes arrive without an
/// event being completed. <c>SseParser</c> has no buffer limit of its own on every target framework, so
/// this is what keeps a server that never ends an event from growing memory without bound.
/// </summary>
internal sealed class BoundedEventReadStream : Stream
{
    private readonly Stream _inner;
    private readonly int _maxEventSize;
    private long _bytesSinceEvent;

    public BoundedEventReadStream(Stream inner, int maxEventSize)
    {
        _inner = inner;
        _maxEventSize = maxEventSize;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Called when the parser has produced an event: the bytes so far belonged to finished events.</summary>
    /// <remarks>The parser may already hold the start of the next event; that slack is at most one read buffer.</remarks>
    public void EventCompleted() => _bytesSinceEvent = 0;

    public override int Read(byte[] buffer, int offset, int count) => Count(_inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(_inner.Read(buffer));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        _bytesSinceEvent += read;
        if (_bytesSinceEvent > _maxEventSize)
        {
            throw new ResponsesStreamException(
                $"A stream event exceeded the limit of {_maxEventSize} bytes (StreamingOptions.MaxEventSize); the stream was stopped rather than buffer it.");
        }

        return read;
    }
}
