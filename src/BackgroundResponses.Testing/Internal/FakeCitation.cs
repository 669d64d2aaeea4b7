namespace BackgroundResponses.Testing;

/// <summary>
/// A <c>url_citation</c> of a scripted message. <see cref="StartIndex"/> and <see cref="EndIndex"/> (exclusive) count code
/// points, as on the wire; <see cref="Utf16End"/> is where the span ends in the .NET string, to know when it has been streamed.
/// </summary>
internal sealed record FakeCitation(int StartIndex, int EndIndex, int Utf16End, string Url, string Title);
