namespace BackgroundResponses.Tests.TestSupport.Network;

/// <summary>Where in a response's bytes a <see cref="ProxyFault"/> fires, once its event and byte thresholds are passed.</summary>
internal enum CutPoint
{
    /// <summary>At the threshold itself, whatever byte comes next.</summary>
    AnyByte,

    /// <summary>Inside the response head (status line and headers), <see cref="ProxyFault.PlusBytes"/> bytes from its start.</summary>
    InHeaders,

    /// <summary>Inside a <c>data:</c> line, past its prefix and before its line feed: the client holds half a JSON value.</summary>
    MidLine,

    /// <summary>At a line boundary inside an event: its <c>event:</c> line arrived, its <c>data:</c> line did not.</summary>
    MidEvent,

    /// <summary>Between two bytes of one multi-byte UTF-8 character.</summary>
    InsideUtf8Character,

    /// <summary>Right after an event's blank line: the client holds whole events only.</summary>
    BetweenEvents,
}
