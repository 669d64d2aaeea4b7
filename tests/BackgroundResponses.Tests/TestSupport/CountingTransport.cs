using System.Net.Sockets;

namespace BackgroundResponses.Tests.TestSupport;

/// <summary>
/// A <see cref="SocketsHttpHandler"/> whose sockets are counted on the client side: connections opened and closed,
/// and every byte read from the network (headers, chunk framing and body), which bounds what the client can hold.
/// </summary>
public sealed class CountingTransport
{
    private long _bytesRead;
    private int _opened;
    private int _closed;

    /// <param name="maxResponseDrainSize">The handler's drain limit (bytes it reads of an unfinished body to reuse the connection); <see langword="null"/> for its default of 1 MiB.</param>
    public CountingTransport(int? maxResponseDrainSize = null)
    {
        Handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }

                Interlocked.Increment(ref _opened);
                return new CountingStream(this, new NetworkStream(socket, ownsSocket: true));
            },
        };
        if (maxResponseDrainSize is { } drain)
        {
            Handler.MaxResponseDrainSize = drain;
        }
    }

    public SocketsHttpHandler Handler { get; }

    public long BytesRead => Interlocked.Read(ref _bytesRead);

    public int Opened => Volatile.Read(ref _opened);

    public int Closed => Volatile.Read(ref _closed);

    private sealed class CountingStream(CountingTransport owner, Stream inner) : Stream
    {
        private int _disposed;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => inner.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.WriteAsync(buffer, offset, count, cancellationToken);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                inner.Dispose();
                Interlocked.Increment(ref owner._closed);
            }

            base.Dispose(disposing);
        }

        private int Counted(int read)
        {
            Interlocked.Add(ref owner._bytesRead, read);
            return read;
        }
    }
}
