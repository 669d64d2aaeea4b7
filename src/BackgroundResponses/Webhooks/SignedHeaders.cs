using System.Net.Http.Headers;

namespace BackgroundResponses;

/// <summary>The three Standard Webhooks header values of one delivery, taken from whatever header collection the host has.</summary>
internal readonly struct SignedHeaders
{
    private SignedHeaders(string id, string timestamp, string signature)
    {
        Id = id;
        Timestamp = timestamp;
        Signature = signature;
    }

    /// <summary>Gets the <c>webhook-id</c> value.</summary>
    public string Id { get; }

    /// <summary>Gets the <c>webhook-timestamp</c> value.</summary>
    public string Timestamp { get; }

    /// <summary>Gets the <c>webhook-signature</c> value.</summary>
    public string Signature { get; }

    /// <summary>Reads the headers from a dictionary, case-insensitively whatever its comparer.</summary>
    /// <param name="headers">The headers.</param>
    /// <returns>The values.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing, empty or present under two spellings.</exception>
    public static SignedHeaders From(IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new SignedHeaders(
            Get(headers, WebhookHeaderNames.Id).Trim(),
            Get(headers, WebhookHeaderNames.Timestamp).Trim(),
            Get(headers, WebhookHeaderNames.Signature));
    }

    /// <summary>Reads the headers from an <see cref="HttpHeaders"/> collection (case-insensitive by design).</summary>
    /// <param name="headers">The headers.</param>
    /// <returns>The values.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing or empty, or the ID or timestamp appears more than once.</exception>
    public static SignedHeaders From(HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new SignedHeaders(
            GetSingle(headers, WebhookHeaderNames.Id).Trim(),
            GetSingle(headers, WebhookHeaderNames.Timestamp).Trim(),
            GetJoined(headers, WebhookHeaderNames.Signature));
    }

    private static string Get(IReadOnlyDictionary<string, string> headers, string name)
    {
        // The canonical lower-case spelling is a hash lookup; only a miss (an ordinal dictionary holding "Webhook-Id") scans.
        if (headers.TryGetValue(name, out var value))
        {
            return NotEmpty(value, name);
        }

        string? found = null;
        foreach (var (key, candidate) in headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                if (found is not null)
                {
                    throw Duplicate(name);
                }

                found = candidate;
            }
        }

        return NotEmpty(found, name);
    }

    private static string GetSingle(HttpHeaders headers, string name)
    {
        if (!headers.TryGetValues(name, out var values))
        {
            throw Missing(name);
        }

        string? found = null;
        foreach (var value in values)
        {
            if (found is not null)
            {
                throw Duplicate(name);
            }

            found = value;
        }

        return NotEmpty(found, name);
    }

    private static string GetJoined(HttpHeaders headers, string name)
    {
        // Several signature headers are one list of signatures, as if sent space-separated in one.
        if (!headers.TryGetValues(name, out var values))
        {
            throw Missing(name);
        }

        return NotEmpty(string.Join(' ', values), name);
    }

    private static string NotEmpty(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw Missing(name) : value;

    private static WebhookVerificationException Missing(string name) =>
        new(WebhookVerificationFailure.MissingHeader, name, $"The {name} header is missing or empty.");

    private static WebhookVerificationException Duplicate(string name) =>
        new(WebhookVerificationFailure.DuplicateHeader, name, $"The {name} header appears more than once.");
}
