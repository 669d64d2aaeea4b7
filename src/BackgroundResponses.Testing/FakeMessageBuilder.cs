using System.Text;

namespace BackgroundResponses.Testing;

/// <summary>
/// Composes the text of a scripted assistant message piece by piece, with <c>url_citation</c> annotations over chosen pieces.
/// Used through <see cref="FakeResponseScript.Message(Action{FakeMessageBuilder})"/>.
/// </summary>
public sealed class FakeMessageBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<FakeCitation> _citations = [];
    private int _codePoints;

    internal FakeMessageBuilder()
    {
    }

    /// <summary>Appends text without a citation.</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public FakeMessageBuilder Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text.Append(text);
        // Counted over the whole text, so a surrogate pair split across two calls still counts once.
        _codePoints = CodePoints(_text.ToString());
        return this;
    }

    /// <summary>
    /// Appends text that a <c>url_citation</c> annotation covers: its <c>start_index</c> is where <paramref name="text"/> begins in
    /// the message and its <c>end_index</c> where it ends (exclusive), counted in characters as the API counts them, that is in
    /// Unicode code points (an emoji is one), not in UTF-16 code units.
    /// </summary>
    /// <param name="text">The cited text, for example a markdown link such as <c>([example.org](https://example.org/a))</c> as the service writes it.</param>
    /// <param name="url">The URL of the source.</param>
    /// <param name="title">The title of the source.</param>
    /// <returns>This builder, for chaining.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public FakeMessageBuilder Cite(string text, string url, string title)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(title);
        var start = _codePoints;
        Text(text);
        _citations.Add(new FakeCitation(start, _codePoints, _text.Length, url, title));
        return this;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                count++;
            }
        }

        return count;
    }

    internal MessageStep Build() => new(_text.ToString(), [.. _citations]);
}
