namespace BackgroundResponses;

/// <summary>Marks an <see cref="HttpRequestMessage"/> with its <see cref="RequestKind"/> and reads the mark back.</summary>
internal static class RequestKinds
{
    private static readonly HttpRequestOptionsKey<RequestKind> Key = new("BackgroundResponses.RequestKind");

    public static void Mark(HttpRequestMessage request, RequestKind kind) => request.Options.Set(Key, kind);

    /// <summary>
    /// The mark the SDK set; a request it did not build (sent through the handler by other code) is judged by its
    /// method alone: GET, HEAD, OPTIONS and DELETE may be repeated, anything else is treated like a create.
    /// </summary>
    public static RequestKind Of(HttpRequestMessage request)
    {
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
}
