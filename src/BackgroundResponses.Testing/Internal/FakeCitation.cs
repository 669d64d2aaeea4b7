namespace BackgroundResponses.Testing;

/// <summary>A <c>url_citation</c> over <c>text[StartIndex..EndIndex]</c> (end exclusive, UTF-16 indices) of a scripted message.</summary>
internal sealed record FakeCitation(int StartIndex, int EndIndex, string Url, string Title);
