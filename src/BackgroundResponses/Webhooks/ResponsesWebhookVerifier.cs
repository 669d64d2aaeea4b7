using System.Buffers;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// Checks that a webhook delivery comes from OpenAI (Standard Webhooks: HMAC-SHA256 over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c> with the endpoint's secret) and is recent, then reads it as a typed
/// <see cref="WebhookEvent"/>. Thread-safe; create one per secret set and reuse it.
/// </summary>
/// <remarks>
/// The body is never parsed before its signature holds, signatures are compared in constant time, and the check
/// needs the body exactly as received: pass the raw bytes or text, not a re-serialised object.
/// </remarks>
public class ResponsesWebhookVerifier
{
    // A signed content up to this size is built on the stack; larger ones use a pooled buffer.
    private const int StackBufferSize = 1024;
    private const int SignatureSize = HMACSHA256.HashSizeInBytes;
    private const string SecretPrefix = "whsec_";

    private static readonly WebhookEventJsonConverter TypeResolver = new();

    private readonly byte[][] _keys = [];
    private readonly long _toleranceSeconds;
    private readonly TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>Initializes a new instance of the <see cref="ResponsesWebhookVerifier"/> class with one secret and the default tolerance of five minutes.</summary>
    /// <param name="secret">The endpoint's signing secret, <c>whsec_&lt;base64&gt;</c> (or the base64 alone).</param>
    /// <param name="timeProvider">The clock the timestamp is checked against; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="secret"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="secret"/> is empty or not base64.</exception>
    public ResponsesWebhookVerifier(string secret, TimeProvider? timeProvider = null)
        : this(new ResponsesWebhookVerifierOptions { Secrets = [secret ?? throw new ArgumentNullException(nameof(secret))] }, timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesWebhookVerifier"/> class.</summary>
    /// <param name="options">The secrets and the tolerance; they are validated and copied, so later changes to <paramref name="options"/> have no effect.</param>
    /// <param name="timeProvider">The clock the timestamp is checked against; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no secret, a secret is empty or not base64, or the tolerance is not positive or exceeds <see cref="ResponsesWebhookVerifierOptions.MaxTolerance"/>.</exception>
    public ResponsesWebhookVerifier(ResponsesWebhookVerifierOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _keys = DecodeSecrets(options.Secrets);
        if (options.Tolerance <= TimeSpan.Zero || options.Tolerance > ResponsesWebhookVerifierOptions.MaxTolerance)
        {
            throw new ArgumentException(
                $"The webhook tolerance must be positive and at most {ResponsesWebhookVerifierOptions.MaxTolerance}; it is {options.Tolerance}.",
                nameof(options));
        }

        // Timestamps have whole-second resolution; a fractional tolerance is rounded down, but never below one second.
        _toleranceSeconds = Math.Max(1, (long)options.Tolerance.TotalSeconds);
    }

    /// <summary>Initializes a new instance of the <see cref="ResponsesWebhookVerifier"/> class for mocking; its methods must be overridden.</summary>
    protected ResponsesWebhookVerifier()
    {
    }

    /// <summary>Verifies a delivery and reads its body as a typed event.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="headers">The request headers; looked up case-insensitively whatever the dictionary's comparer.</param>
    /// <returns>The event, of a sealed <see cref="WebhookEvent"/> subclass; <see cref="UnknownWebhookEvent"/> for a type this SDK does not know.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    /// <exception cref="ResponsesSerializationException">The signature holds but the body is not a webhook event JSON object.</exception>
    public virtual WebhookEvent Unwrap(string body, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Check(SignedHeaders.From(headers), body, default, parse: true)!;
    }

    /// <summary>Verifies a delivery and reads its body as a typed event.</summary>
    /// <param name="utf8Body">The request body exactly as received, as UTF-8 bytes.</param>
    /// <param name="headers">The request headers; looked up case-insensitively whatever the dictionary's comparer.</param>
    /// <returns>The event, of a sealed <see cref="WebhookEvent"/> subclass; <see cref="UnknownWebhookEvent"/> for a type this SDK does not know.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    /// <exception cref="ResponsesSerializationException">The signature holds but the body is not a webhook event JSON object.</exception>
    public virtual WebhookEvent Unwrap(ReadOnlyMemory<byte> utf8Body, IReadOnlyDictionary<string, string> headers) =>
        Check(SignedHeaders.From(headers), null, utf8Body.Span, parse: true)!;

    /// <summary>Verifies a delivery and reads its body as a typed event.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="headers">The request headers, for example those of an <see cref="HttpRequestMessage"/>.</param>
    /// <returns>The event, of a sealed <see cref="WebhookEvent"/> subclass; <see cref="UnknownWebhookEvent"/> for a type this SDK does not know.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    /// <exception cref="ResponsesSerializationException">The signature holds but the body is not a webhook event JSON object.</exception>
    public virtual WebhookEvent Unwrap(string body, HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Check(SignedHeaders.From(headers), body, default, parse: true)!;
    }

    /// <summary>Verifies a delivery and reads its body as a typed event.</summary>
    /// <param name="utf8Body">The request body exactly as received, as UTF-8 bytes.</param>
    /// <param name="headers">The request headers, for example those of an <see cref="HttpRequestMessage"/>.</param>
    /// <returns>The event, of a sealed <see cref="WebhookEvent"/> subclass; <see cref="UnknownWebhookEvent"/> for a type this SDK does not know.</returns>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    /// <exception cref="ResponsesSerializationException">The signature holds but the body is not a webhook event JSON object.</exception>
    public virtual WebhookEvent Unwrap(ReadOnlyMemory<byte> utf8Body, HttpHeaders headers) =>
        Check(SignedHeaders.From(headers), null, utf8Body.Span, parse: true)!;

    /// <summary>Verifies a delivery without reading its body.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="headers">The request headers; looked up case-insensitively whatever the dictionary's comparer.</param>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    public virtual void Verify(string body, IReadOnlyDictionary<string, string> headers)
    {
        ArgumentNullException.ThrowIfNull(body);
        Check(SignedHeaders.From(headers), body, default, parse: false);
    }

    /// <summary>Verifies a delivery without reading its body.</summary>
    /// <param name="utf8Body">The request body exactly as received, as UTF-8 bytes.</param>
    /// <param name="headers">The request headers; looked up case-insensitively whatever the dictionary's comparer.</param>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    public virtual void Verify(ReadOnlyMemory<byte> utf8Body, IReadOnlyDictionary<string, string> headers) =>
        Check(SignedHeaders.From(headers), null, utf8Body.Span, parse: false);

    /// <summary>Verifies a delivery without reading its body.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="headers">The request headers, for example those of an <see cref="HttpRequestMessage"/>.</param>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    public virtual void Verify(string body, HttpHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(body);
        Check(SignedHeaders.From(headers), body, default, parse: false);
    }

    /// <summary>Verifies a delivery without reading its body.</summary>
    /// <param name="utf8Body">The request body exactly as received, as UTF-8 bytes.</param>
    /// <param name="headers">The request headers, for example those of an <see cref="HttpRequestMessage"/>.</param>
    /// <exception cref="WebhookVerificationException">A header is missing or malformed, the timestamp is outside the tolerance, or no signature matches.</exception>
    public virtual void Verify(ReadOnlyMemory<byte> utf8Body, HttpHeaders headers) =>
        Check(SignedHeaders.From(headers), null, utf8Body.Span, parse: false);

    private static byte[][] DecodeSecrets(IList<string>? secrets)
    {
        if (secrets is null || secrets.Count == 0)
        {
            throw new ArgumentException("At least one webhook secret is required.", "options");
        }

        var keys = new byte[secrets.Count][];
        for (var i = 0; i < secrets.Count; i++)
        {
            // Messages name the position of a bad secret, never its content.
            var secret = secrets[i];
            if (string.IsNullOrWhiteSpace(secret))
            {
                throw new ArgumentException($"Webhook secret #{i + 1} is null or empty.", "options");
            }

            var encoded = secret.AsSpan().Trim();
            if (encoded.StartsWith(SecretPrefix, StringComparison.Ordinal))
            {
                encoded = encoded[SecretPrefix.Length..];
            }

            var key = new byte[encoded.Length];
            if (encoded.IsEmpty || !Convert.TryFromBase64Chars(encoded, key, out var written) || written == 0)
            {
                throw new ArgumentException(
                    $"Webhook secret #{i + 1} is not a valid secret: expected 'whsec_' followed by base64, or the base64 alone.",
                    "options");
            }

            keys[i] = key[..written];
        }

        return keys;
    }

    private static void ParseFailure(JsonException? inner)
    {
        // The JSON exception's own message can quote the body, so only its position is repeated here.
        var where = inner is null ? string.Empty : $" (path {inner.Path ?? "$"}, line {inner.LineNumber}, byte {inner.BytePositionInLine})";
        throw new ResponsesSerializationException($"The webhook signature is valid but the body is not a webhook event JSON object{where}.", inner);
    }

    private static WebhookEvent Parse(ReadOnlySpan<byte> utf8Json)
    {
        WebhookEvent? parsed = null;
        try
        {
            // Known types go straight to their own metadata: one pass over the bytes instead of the converter's two.
            var typeInfo = TypeResolver.FindTypeInfo(utf8Json);
            parsed = typeInfo is not null
                ? (WebhookEvent?)JsonSerializer.Deserialize(utf8Json, typeInfo)
                : JsonSerializer.Deserialize(utf8Json, WebhookJsonContext.Default.WebhookEvent);
        }
        catch (JsonException ex)
        {
            ParseFailure(ex);
        }

        if (parsed is null or UnknownWebhookEvent { RawJson.ValueKind: not JsonValueKind.Object })
        {
            ParseFailure(null);
        }

        return parsed!;
    }

    private static int ParseSignature(ReadOnlySpan<char> entry, Span<byte> signature)
    {
        // "v1,<base64>"; other schemes (v1a is asymmetric) and anything malformed are skipped, as Standard Webhooks requires.
        if (!entry.StartsWith("v1,", StringComparison.Ordinal))
        {
            return 0;
        }

        var encoded = entry[3..];
        return encoded.Length <= 64 && Convert.TryFromBase64Chars(encoded, signature, out var written) && written == SignatureSize
            ? written
            : 0;
    }

    private WebhookEvent? Check(SignedHeaders headers, string? textBody, ReadOnlySpan<byte> utf8Body, bool parse)
    {
        CheckTimestamp(headers.Timestamp);

        var idLength = Encoding.UTF8.GetByteCount(headers.Id);
        var prefixLength = checked(idLength + 1 + headers.Timestamp.Length + 1);
        var bodyLength = textBody is null ? utf8Body.Length : Encoding.UTF8.GetByteCount(textBody);
        var total = checked(prefixLength + bodyLength);

        byte[]? rented = null;
        var buffer = total <= StackBufferSize
            ? stackalloc byte[StackBufferSize]
            : (rented = ArrayPool<byte>.Shared.Rent(total));
        try
        {
            var content = buffer[..total];
            Encoding.UTF8.GetBytes(headers.Id, content);
            content[idLength] = (byte)'.';

            // The timestamp was checked to be ASCII digits, so one char is one byte.
            Encoding.ASCII.GetBytes(headers.Timestamp, content[(idLength + 1)..]);
            content[prefixLength - 1] = (byte)'.';
            var body = content[prefixLength..];
            if (textBody is null)
            {
                utf8Body.CopyTo(body);
            }
            else
            {
                Encoding.UTF8.GetBytes(textBody, body);
            }

            CheckSignature(headers.Signature, content);
            return parse ? Parse(body) : null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private void CheckTimestamp(string timestamp)
    {
        if (timestamp.Length > 19
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            throw new WebhookVerificationException(
                WebhookVerificationFailure.MalformedTimestamp,
                WebhookHeaderNames.Timestamp,
                "The webhook-timestamp header is not a whole number of unix seconds.");
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (now - seconds > _toleranceSeconds)
        {
            throw new WebhookVerificationException(
                WebhookVerificationFailure.TimestampOutsideTolerance,
                WebhookHeaderNames.Timestamp,
                $"The webhook timestamp is {now - seconds} s old, more than the tolerance of {_toleranceSeconds} s: a replayed or very late delivery.");
        }

        if (seconds - now > _toleranceSeconds)
        {
            throw new WebhookVerificationException(
                WebhookVerificationFailure.TimestampOutsideTolerance,
                WebhookHeaderNames.Timestamp,
                $"The webhook timestamp is {seconds - now} s in the future, more than the tolerance of {_toleranceSeconds} s: check the clocks.");
        }
    }

    private void CheckSignature(string signatureHeader, ReadOnlySpan<byte> signedContent)
    {
        // One expected signature per secret, computed once however many signatures the header carries.
        const int StackKeys = 8;
        var expectedAll = _keys.Length <= StackKeys
            ? stackalloc byte[SignatureSize * StackKeys]
            : new byte[SignatureSize * _keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            HMACSHA256.HashData(_keys[i], signedContent, expectedAll.Slice(i * SignatureSize, SignatureSize));
        }

        Span<byte> candidate = stackalloc byte[64];
        var sawSupported = false;
        var remaining = signatureHeader.AsSpan();
        while (!remaining.IsEmpty)
        {
            var space = remaining.IndexOf(' ');
            var entry = space < 0 ? remaining : remaining[..space];
            remaining = space < 0 ? default : remaining[(space + 1)..];
            if (ParseSignature(entry, candidate) == 0)
            {
                continue;
            }

            sawSupported = true;
            for (var i = 0; i < _keys.Length; i++)
            {
                if (CryptographicOperations.FixedTimeEquals(candidate[..SignatureSize], expectedAll.Slice(i * SignatureSize, SignatureSize)))
                {
                    return;
                }
            }
        }

        throw sawSupported
            ? new WebhookVerificationException(
                WebhookVerificationFailure.NoMatchingSignature,
                WebhookHeaderNames.Signature,
                "No v1 signature of the webhook matches its id, timestamp and body under any configured secret.")
            : new WebhookVerificationException(
                WebhookVerificationFailure.NoSupportedSignature,
                WebhookHeaderNames.Signature,
                "The webhook-signature header holds no well-formed v1 signature.");
    }
}
