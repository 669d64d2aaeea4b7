namespace BackgroundResponses;

/// <summary>
/// Builds the absolute URIs of the Responses endpoints below a base address, with response ids
/// validated and escaped so that no id can reach another endpoint.
/// </summary>
internal sealed class ResponsesEndpoint
{
    private readonly string _root;

    public ResponsesEndpoint(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!baseAddress.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address must be an absolute URI; '{baseAddress}' is relative.", nameof(baseAddress));
        }

        if (!string.IsNullOrEmpty(baseAddress.Query) || !string.IsNullOrEmpty(baseAddress.Fragment))
        {
            throw new ArgumentException("The base address must not carry a query or a fragment.", nameof(baseAddress));
        }

        // A base without a trailing slash ("…/v1") would lose its last segment in a relative join.
        var text = baseAddress.AbsoluteUri;
        _root = text.EndsWith('/') ? text : text + "/";
        BaseAddress = new Uri(_root, UriKind.Absolute);
    }

    public Uri BaseAddress { get; }

    public Uri Responses() => new(_root + "responses", UriKind.Absolute);

    public Uri InputTokens() => new(_root + "responses/input_tokens", UriKind.Absolute);

    public Uri Compact() => new(_root + "responses/compact", UriKind.Absolute);

    public Uri Response(string responseId) => new(_root + "responses/" + Escape(responseId), UriKind.Absolute);

    public Uri Response(string responseId, string query) => new(_root + "responses/" + Escape(responseId) + query, UriKind.Absolute);

    public Uri Cancel(string responseId) => new(_root + "responses/" + Escape(responseId) + "/cancel", UriKind.Absolute);

    public Uri InputItems(string responseId, string query) => new(_root + "responses/" + Escape(responseId) + "/input_items" + query, UriKind.Absolute);

    /// <summary>Checks that <paramref name="responseId"/> can name a response and nothing else (see <see cref="ResponseIds.Validate"/>).</summary>
    public static void ValidateId(string responseId, string paramName) => ResponseIds.Validate(responseId, paramName);

    private static string Escape(string responseId)
    {
        ValidateId(responseId, nameof(responseId));
        return Uri.EscapeDataString(responseId);
    }
}
