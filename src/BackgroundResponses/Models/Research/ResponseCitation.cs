using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// One citation in a response's output text: the annotation, the part and message it belongs to, and the span of text it
/// cites, with the source (a URL or a file) read off whichever annotation type it is.
/// </summary>
/// <remarks>
/// <para>
/// The API counts <c>start_index</c>, <c>end_index</c> and <c>index</c> in characters, that is Unicode code points (the
/// server's strings are indexed that way), while a .NET string counts UTF-16 code units; an emoji is one of the former and
/// two of the latter. <see cref="StartIndex"/> and <see cref="EndIndex"/> are therefore converted to positions in
/// <see cref="OutputTextPart.Text"/>, so <c>Part.Text[StartIndex..EndIndex]</c> is <see cref="CitedText"/> and a marker
/// inserted at <see cref="EndIndex"/> never splits a surrogate pair. The values as sent stay on <see cref="Annotation"/>.
/// </para>
/// <para>
/// The end index is exclusive, as the API uses it (the cited text is <c>text[start_index:end_index]</c>). Indices outside
/// the text are clamped to it and an end before the start is moved to the start, so a malformed annotation gives a short
/// or empty span rather than an exception while the rest of the response stays readable.
/// </para>
/// </remarks>
public sealed class ResponseCitation
{
    private ResponseCitation(MessageItem message, OutputTextPart part, ResponseAnnotation annotation)
    {
        Message = message;
        Part = part;
        Annotation = annotation;
    }

    /// <summary>Gets the message whose text holds the citation.</summary>
    public MessageItem Message { get; }

    /// <summary>Gets the text part whose <see cref="OutputTextPart.Annotations"/> hold the citation.</summary>
    public OutputTextPart Part { get; }

    /// <summary>Gets the annotation as read, with its indices as the server sent them.</summary>
    public ResponseAnnotation Annotation { get; }

    /// <summary>Gets where the cited span starts in <see cref="OutputTextPart.Text"/>, a UTF-16 position within the text.</summary>
    /// <remarks>
    /// A citation that points at one place rather than a span (<c>file_citation</c>, <c>file_path</c>: only an <c>index</c>)
    /// has <see cref="StartIndex"/> equal to <see cref="EndIndex"/>. One without any index (an annotation type this SDK
    /// does not know, sent without <c>start_index</c> or <c>index</c>) is placed at the end of the text, where a footnote goes.
    /// </remarks>
    public int StartIndex { get; private set; }

    /// <summary>Gets where the cited span ends (exclusive) in <see cref="OutputTextPart.Text"/>, a UTF-16 position within the text.</summary>
    public int EndIndex { get; private set; }

    /// <summary>Gets the cited span of <see cref="OutputTextPart.Text"/>; empty for a citation without a span.</summary>
    public string CitedText { get; private set; } = string.Empty;

    /// <summary>Gets the URL cited by a <c>url_citation</c>.</summary>
    public string? Url { get; private set; }

    /// <summary>Gets the title of the page cited by a <c>url_citation</c>.</summary>
    public string? Title { get; private set; }

    /// <summary>Gets the id of the file cited by a <c>file_citation</c>, <c>container_file_citation</c> or <c>file_path</c>.</summary>
    public string? FileId { get; private set; }

    /// <summary>Gets the name of the file cited by a <c>file_citation</c> or <c>container_file_citation</c>.</summary>
    public string? Filename { get; private set; }

    /// <summary>Gets the code interpreter container of the file cited by a <c>container_file_citation</c>.</summary>
    public string? ContainerId { get; private set; }

    /// <summary>
    /// Gets the number of the cited source, from 1: citations of the same source share it, and sources are numbered in
    /// the order they are first cited, so the text can show "[1]" and a source list "1. title url".
    /// </summary>
    /// <remarks>
    /// The source is the <see cref="Url"/> (compared exactly), else the <see cref="FileId"/> (file ids are unique across
    /// containers, so a <c>file_path</c> and a <c>container_file_citation</c> of one file share a number), else the
    /// <see cref="Filename"/>; a citation naming none of them is a source of its own.
    /// The source list is the first citation of each number: <c>citations.DistinctBy(c =&gt; c.SourceNumber)</c>.
    /// </remarks>
    public int SourceNumber { get; private set; }

    /// <summary>
    /// Lists the citations of every <c>output_text</c> part of every message in <paramref name="items"/>, in output order
    /// (item, then part, then annotation), with <see cref="SourceNumber"/> counted over the whole list.
    /// </summary>
    /// <param name="items">The output items, for example <see cref="ModelResponse.Output"/>.</param>
    /// <returns>The citations; empty when the text cites nothing.</returns>
    /// <remarks>
    /// An annotation of a type this SDK does not know (<see cref="UnknownAnnotation"/>) is listed too, not skipped: it
    /// is still a mark the server put on the text, and dropping it would renumber the sources silently when the API
    /// adds a citation type. Its <c>url</c>, <c>title</c>, <c>file_id</c>, <c>filename</c>, <c>container_id</c>,
    /// <c>start_index</c>, <c>end_index</c> and <c>index</c> are read from its JSON when present under those names.
    /// A <see langword="null"/> content part or annotation carries nothing to cite and is passed over.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> contains <see langword="null"/>.</exception>
    public static IReadOnlyList<ResponseCitation> From(IEnumerable<ResponseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var citations = new List<ResponseCitation>();
        var sourceNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var sourceCount = 0;
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentException("The items contain null; pass the output items of a response.", nameof(items));
            }

            if (item is not MessageItem message)
            {
                continue;
            }

            foreach (var part in message.Content)
            {
                if (part is not OutputTextPart textPart)
                {
                    continue;
                }

                foreach (var annotation in textPart.Annotations)
                {
                    if (annotation is null)
                    {
                        continue;
                    }

                    var citation = new ResponseCitation(message, textPart, annotation);
                    citation.ReadAnnotation();
                    var key = citation.SourceKey();
                    if (key is null)
                    {
                        citation.SourceNumber = ++sourceCount;
                    }
                    else if (sourceNumbers.TryGetValue(key, out var number))
                    {
                        citation.SourceNumber = number;
                    }
                    else
                    {
                        citation.SourceNumber = ++sourceCount;
                        sourceNumbers.Add(key, sourceCount);
                    }

                    citations.Add(citation);
                }
            }
        }

        return citations;
    }

    private void ReadAnnotation()
    {
        switch (Annotation)
        {
            case UrlCitationAnnotation url:
                (Url, Title) = (url.Url, url.Title);
                SetSpan(url.StartIndex, url.EndIndex);
                break;
            case FileCitationAnnotation file:
                (FileId, Filename) = (file.FileId, file.Filename);
                SetSpan(file.Index, file.Index);
                break;
            case ContainerFileCitationAnnotation container:
                (FileId, Filename, ContainerId) = (container.FileId, container.Filename, container.ContainerId);
                SetSpan(container.StartIndex, container.EndIndex);
                break;
            case FilePathAnnotation path:
                FileId = path.FileId;
                SetSpan(path.Index, path.Index);
                break;
            case UnknownAnnotation unknown:
                ReadRawJson(unknown.RawJson);
                break;
            default:
                // A ResponseAnnotation subclass of the caller's own: nothing known to read, so a footnote at the end.
                SetSpan(null, null);
                break;
        }
    }

    private void ReadRawJson(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            SetSpan(null, null);
            return;
        }

        Url = json.GetStringProperty("url");
        Title = json.GetStringProperty("title");
        FileId = json.GetStringProperty("file_id");
        Filename = json.GetStringProperty("filename");
        ContainerId = json.GetStringProperty("container_id");
        var start = GetInt32Property(json, "start_index") ?? GetInt32Property(json, "index");
        SetSpan(start, GetInt32Property(json, "end_index") ?? start);
    }

    private static int? GetInt32Property(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;

    private void SetSpan(int? startCodePoint, int? endCodePoint)
    {
        var text = Part.Text ?? string.Empty;
        StartIndex = startCodePoint is { } start ? ToUtf16Position(text, start) : text.Length;
        EndIndex = Math.Max(StartIndex, endCodePoint is { } end ? ToUtf16Position(text, end) : StartIndex);
        CitedText = text[StartIndex..EndIndex];
    }

    // Code points to UTF-16 code units, clamped to the text (a negative index counts no code points). A lone surrogate
    // counts as one code point, as a server-side string that kept it would count it.
    private static int ToUtf16Position(string text, int codePointIndex)
    {
        var position = 0;
        for (var counted = 0; counted < codePointIndex && position < text.Length; counted++)
        {
            position += char.IsHighSurrogate(text[position]) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]) ? 2 : 1;
        }

        return position;
    }

    private string? SourceKey() =>
        Url is { } url ? "url\n" + url
        : FileId is { } fileId ? "file\n" + fileId
        : Filename is { } filename ? "name\n" + filename
        : null;
}
