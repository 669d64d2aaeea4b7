namespace BackgroundResponses.Testing;

/// <summary>One request the fake server received, for assertions.</summary>
/// <remarks>
/// Built by the server only (the constructor is internal and the record is not positional), so that members can be added
/// later without breaking a test that reads them.
/// </remarks>
public sealed record RecordedRequest
{
    /// <summary>What the log shows instead of a credential.</summary>
    public const string RedactedValue = "[redacted]";

    internal RecordedRequest(string method, string path, string query, IReadOnlyDictionary<string, string> headers, string body, DateTimeOffset receivedAt)
    {
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>Gets the HTTP method, for example <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>Gets the path, for example <c>/v1/responses/resp_…</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the query string including its leading <c>?</c>, or an empty string.</summary>
    public string Query { get; }

    /// <summary>
    /// Gets the request headers; the values of the credential headers (<c>Authorization</c>, <c>api-key</c> and the server's
    /// <see cref="FakeResponsesServerOptions.ApiKeyHeaderName"/>) are replaced by <see cref="RedactedValue"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>Gets the body as text; empty when there was none.</summary>
    public string Body { get; }

    /// <summary>Gets when the request arrived, on the server's <see cref="FakeResponsesServerOptions.TimeProvider"/>.</summary>
    public DateTimeOffset ReceivedAt { get; }
}
