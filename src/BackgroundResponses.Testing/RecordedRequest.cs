namespace BackgroundResponses.Testing;

/// <summary>One request the fake server received, for assertions.</summary>
/// <param name="Method">The HTTP method, for example <c>GET</c>.</param>
/// <param name="Path">The path, for example <c>/v1/responses/resp_…</c>.</param>
/// <param name="Query">The query string including its leading <c>?</c>, or an empty string.</param>
/// <param name="Headers">
/// The request headers; the values of the credential headers (<c>Authorization</c>, <c>api-key</c> and the server's
/// <see cref="FakeResponsesServerOptions.ApiKeyHeaderName"/>) are replaced by <see cref="RedactedValue"/>.
/// </param>
/// <param name="Body">The body as text; empty when there was none.</param>
/// <param name="ReceivedAt">When the request arrived, on the server's <see cref="FakeResponsesServerOptions.TimeProvider"/>.</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>What the log shows instead of a credential.</summary>
    public const string RedactedValue = "[redacted]";
}
