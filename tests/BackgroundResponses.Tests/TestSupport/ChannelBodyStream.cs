using System.Threading.Channels;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>A response body fed chunk by chunk by the test, so the test decides exactly when bytes arrive.</summary>
public sealed class ChannelBodyStream : ReadOnlyTestStream
{
    private readonly Channel<byte[]> _chunks = Channel.CreateUnbounded<byte[]>();
    private ReadOnlyMemory<byte> _current;

    public bool Disposed { get; private set; }

    public void Send(byte[] chunk) => _chunks.Writer.TryWrite(chunk);

    public void Complete() => _chunks.Writer.TryComplete();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_current.IsEmpty)
        {
            if (!await _chunks.Reader.WaitToReadAsync(cancellationToken))
            {
                return 0;
            }

            _chunks.Reader.TryRead(out var next);
            _current = next;
        }

        var count = Math.Min(buffer.Length, _current.Length);
        _current[..count].CopyTo(buffer);
        _current = _current[count..];
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        _chunks.Writer.TryComplete();
        base.Dispose(disposing);
    }
}
