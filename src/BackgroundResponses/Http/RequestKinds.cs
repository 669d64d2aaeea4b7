namespace BackgroundResponses;

/// <summary>Marks an <see cref="HttpRequestMessage"/> with its <see cref="RequestKind"/> and reads the mark back.</summary>
internal static class RequestKinds
{
    private static readonly HttpRequestOptionsKey<RequestKind> Key = new("BackgroundResponses.RequestKind");

    /// <summary>A request of the given kind, marked without touching <see cref="HttpRequestMessage.Options"/>.</summary>
    /// <remarks>
    /// The mark lives in a field of the request itself: <c>Options</c> would add a dictionary, its entries and a boxed
    /// kind (about 400 bytes) to every poll and to every open stream, for the whole time the stream is open.
    /// </remarks>
    public static HttpRequestMessage Create(HttpMethod method, Uri uri, RequestKind kind) => new MarkedRequest(method, uri, kind);

    public static void Mark(HttpRequestMessage request, RequestKind kind)
    {
        if (request is MarkedRequest marked)
        {
            marked.Kind = kind;
            return;
        }

        request.Options.Set(Key, kind);
    }

    /// <summary>
    /// The mark the SDK set; a request it did not build (sent through the handler by other code) is judged by its
    /// method alone: GET, HEAD, OPTIONS and DELETE may be repeated, anything else is treated like a create.
    /// </summary>
    public static RequestKind Of(HttpRequestMessage request)
    {
        if (request is MarkedRequest marked)
        {
            return marked.Kind;
        }

        if (request.Options.TryGetValue(Key, out var kind))
        {
            return kind;
        }

        var method = request.Method;
        return method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Delete
            ? RequestKind.Read
            : RequestKind.Create;
    }

    public static bool IsStream(RequestKind kind) => kind is RequestKind.Stream or RequestKind.CreateStream;

    public static bool IsCreate(RequestKind kind) => kind is RequestKind.Create or RequestKind.CreateStream;

    /// <summary>
    /// A fresh message like <paramref name="request"/> (HttpClient sends a message once), with its kind, version, headers and
    /// content. The content is shared, not copied: only requests without a body of their own (reads, cancels) are resent.
    /// </summary>
    public static HttpRequestMessage CopyForResend(HttpRequestMessage request)
    {
        var copy = Create(request.Method, request.RequestUri!, Of(request));
        copy.Version = request.Version;
        copy.VersionPolicy = request.VersionPolicy;
        copy.Content = request.Content;
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    private sealed class MarkedRequest(HttpMethod method, Uri uri, RequestKind kind) : HttpRequestMessage(method, uri)
    {
        public RequestKind Kind { get; set; } = kind;
    }
}
