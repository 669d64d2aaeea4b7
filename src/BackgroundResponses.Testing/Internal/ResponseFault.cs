namespace BackgroundResponses.Testing;

/// <summary>
/// How one created response ends early. <see cref="At"/> is a sequence number for <see cref="ResponseFaultKind.ErrorEvent"/>
/// and a count of text deltas otherwise; <see cref="Detail"/> is the error code or the incomplete reason.
/// </summary>
internal sealed record ResponseFault(ResponseFaultKind Kind, int At, ErrorEventShape Shape, string Detail, string Message);
