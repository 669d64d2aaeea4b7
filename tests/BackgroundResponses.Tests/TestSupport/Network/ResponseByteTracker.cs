namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>
/// Follows the bytes of one HTTP response as the proxy forwards them, so that a <see cref="ProxyFault"/> can fire at the
/// kind of position it names. It reads raw bytes: the response head ends at the first CRLF CRLF, an SSE event ends at
/// a blank line (LF LF). Chunked framing is not decoded; the fake writes each event as one chunk, so its CRLFs never
/// fall inside an event.
/// </summary>
internal sealed class ResponseByteTracker(ProxyFault? fault)
{
    private static readonly byte[] DataPrefix = "data: "u8.ToArray();

    private ProxyFault? _pending = fault;
    private uint _lastFour;
    private long _armedAt = -1;
    private int _lineLength;
    private bool _lineIsData;

    /// <summary>Gets how many bytes of the response have been forwarded.</summary>
    public long Offset { get; private set; }

    /// <summary>Gets the number of whole SSE events forwarded.</summary>
    public int Events { get; private set; }

    /// <summary>Gets a value indicating whether the response head is behind (the body has begun).</summary>
    public bool InBody { get; private set; }

    /// <summary>The fault to carry out before forwarding <paramref name="next"/>, if this is its position; it fires once.</summary>
    public ProxyFault? FaultBefore(byte next)
    {
        if (_pending is not { } fault || !IsAt(fault, next))
        {
            return null;
        }

        _pending = null;
        return fault;
    }

    /// <summary>Takes note of one forwarded byte.</summary>
    public void Advance(byte value)
    {
        Offset++;
        _lastFour = (_lastFour << 8) | value;
        if (!InBody)
        {
            InBody = _lastFour == 0x0D0A0D0A;
        }
        else if (value is (byte)'\n' or (byte)'\r')
        {
            if ((_lastFour & 0xFFFF) == 0x0A0A)
            {
                Events++;
            }

            _lineLength = 0;
            _lineIsData = false;
        }
        else
        {
            _lineLength++;
            _lineIsData = _lineLength <= DataPrefix.Length
                ? value == DataPrefix[_lineLength - 1] && (_lineLength == 1 || _lineIsData)
                : _lineIsData;
        }

        if (_armedAt < 0 && InBody && _pending is { } fault && Events >= fault.AfterEvents)
        {
            _armedAt = Offset;
        }
    }

    private bool IsAt(ProxyFault fault, byte next)
    {
        if (fault.Point == CutPoint.InHeaders)
        {
            return !InBody && Offset >= fault.PlusBytes;
        }

        // Armed once the body has brought AfterEvents whole events; then PlusBytes more before a position may count.
        if (_armedAt < 0 || Offset < _armedAt + fault.PlusBytes)
        {
            return false;
        }

        var previous = (byte)_lastFour;
        var beforePrevious = (byte)(_lastFour >> 8);
        return fault.Point switch
        {
            CutPoint.AnyByte => true,
            CutPoint.MidLine => _lineIsData && _lineLength > DataPrefix.Length && next is not ((byte)'\n' or (byte)'\r'),
            CutPoint.MidEvent => previous == '\n' && beforePrevious is not ((byte)'\n' or (byte)'\r') && next is not ((byte)'\n' or (byte)'\r'),
            CutPoint.InsideUtf8Character => (next & 0xC0) == 0x80,
            CutPoint.BetweenEvents => previous == '\n' && beforePrevious == '\n',
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault.Point, "Unknown cut point."),
        };
    }
}
