namespace BackgroundResponses.Tests.TestSupport;

/// <summary>How a scripted body ends when it reaches its cut point.</summary>
public enum CutKind
{
    /// <summary>The connection breaks: reads throw <see cref="IOException"/>.</summary>
    Reset,

    /// <summary>The server closes the body normally.</summary>
    CleanEnd,

    /// <summary>The server sends nothing more and keeps the connection open (until the reader gives up).</summary>
    Stall,
}

/// <summary>A response body that serves bytes in chunks and then breaks, ends or stalls at a chosen offset; records its disposal.</summary>
public sealed class ScriptedBodyStream : ReadOnlyTestStream
{
    private readonly byte[] _data;
    private readonly int _end;
    private readonly CutKind _cutKind;
    private readonly int _chunkSize;
    private int _position;

    public ScriptedBodyStream(byte[] data, int? cutAt = null, CutKind cutKind = CutKind.Reset, int chunkSize = 4096)
    {
        _data = data;
        _end = Math.Min(cutAt ?? data.Length, data.Length);
        _cutKind = cutAt is null ? CutKind.CleanEnd : cutKind;
        _chunkSize = chunkSize;
    }

    public bool Disposed { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => ReadCore(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        if (_position >= _end && _cutKind == CutKind.Stall)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return ReadCore(buffer.Span);
    }

    protected override void Dispose(bool disposing)
    {
        Disposed = true;
        base.Dispose(disposing);
    }

    private int ReadCore(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(Disposed, this);
        if (_position >= _end)
        {
            if (_cutKind == CutKind.Reset)
            {
                throw new IOException("The response ended prematurely (scripted connection reset).");
            }

            return 0;
        }

        var count = Math.Min(Math.Min(buffer.Length, _chunkSize), _end - _position);
        _data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
