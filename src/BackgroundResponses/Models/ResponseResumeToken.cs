using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// Where a response's event stream stopped: the response id and the sequence number of the last event
/// received. Store its <see cref="ToString"/> form anywhere (a file, a database, a message) and pass it
/// back to <see cref="ResponsesClient.StreamAsync(ResponseResumeToken, CancellationToken)"/>, in this
/// process or another, to go on with the next event.
/// </summary>
/// <remarks>
/// The string form is short, URL- and file-name-safe, and versioned (<c>brt1.</c> + base64url JSON). Parsing
/// ignores fields it does not know, so a token written by a newer version of the SDK still reads.
/// </remarks>
public sealed class ResponseResumeToken : IEquatable<ResponseResumeToken>
{
    private const string Prefix = "brt";
    private const int CurrentVersion = 1;

    /// <summary>Initializes a new instance of the <see cref="ResponseResumeToken"/> class.</summary>
    /// <param name="responseId">The response id.</param>
    /// <param name="lastSequenceNumber">
    /// The sequence number of the last event received, or <see langword="null"/> to start from the first event.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is not a valid response id, or <paramref name="lastSequenceNumber"/> is negative.</exception>
    public ResponseResumeToken(string responseId, int? lastSequenceNumber)
    {
        ResponseIds.Validate(responseId, nameof(responseId));
        if (lastSequenceNumber is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lastSequenceNumber), lastSequenceNumber, "A sequence number is never negative.");
        }

        ResponseId = responseId;
        LastSequenceNumber = lastSequenceNumber;
    }

    /// <summary>Gets the response id.</summary>
    public string ResponseId { get; }

    /// <summary>Gets the sequence number of the last event received (the <c>starting_after</c> cursor), or <see langword="null"/> for none.</summary>
    public int? LastSequenceNumber { get; }

    /// <summary>Compares two tokens by value.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> if both name the same response and position.</returns>
    public static bool operator ==(ResponseResumeToken? left, ResponseResumeToken? right) => Equals(left, right);

    /// <summary>Compares two tokens by value.</summary>
    /// <param name="left">The first token.</param>
    /// <param name="right">The second token.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ResponseResumeToken? left, ResponseResumeToken? right) => !Equals(left, right);

    /// <summary>Reads a token from its string form.</summary>
    /// <param name="token">A string produced by <see cref="ToString"/>.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="token"/> is not a resume token.</exception>
    public static ResponseResumeToken Parse(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return TryParse(token, out var result)
            ? result
            : throw new FormatException("The string is not a BackgroundResponses resume token (expected 'brt<version>.<base64url JSON>' with a response id).");
    }

    /// <summary>Tries to read a token from its string form.</summary>
    /// <param name="token">A string produced by <see cref="ToString"/>.</param>
    /// <param name="result">The token, when the string is one.</param>
    /// <returns><see langword="true"/> if <paramref name="token"/> is a valid resume token.</returns>
    public static bool TryParse([NotNullWhen(true)] string? token, [NotNullWhen(true)] out ResponseResumeToken? result)
    {
        result = null;
        if (token is null || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= Prefix.Length
            || !int.TryParse(token.AsSpan(Prefix.Length, dot - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || version < 1)
        {
            return false;
        }

        // Any version is read the same way: later versions may add fields, which are ignored here.
        var payload = DecodeBase64Url(token.AsSpan(dot + 1));
        if (payload is null)
        {
            return false;
        }

        ResumeTokenPayload? data;
        try
        {
            data = JsonSerializer.Deserialize(payload, ResponsesJsonContext.Default.ResumeTokenPayload);
        }
        catch (JsonException)
        {
            return false;
        }

        if (data?.Id is not { Length: > 0 } id || data.After is < 0)
        {
            return false;
        }

        try
        {
            result = new ResponseResumeToken(id, data.After);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Returns the string form of the token, for example <c>brt1.eyJpZCI6InJlc3BfMSIsImFmdGVyIjo0MX0</c>.</summary>
    /// <returns>The token as a short, URL-safe string.</returns>
    public override string ToString()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new ResumeTokenPayload { Id = ResponseId, After = LastSequenceNumber }, ResponsesJsonContext.Default.ResumeTokenPayload);
        return Prefix + CurrentVersion.ToString(CultureInfo.InvariantCulture) + "." + EncodeBase64Url(json);
    }

    /// <inheritdoc />
    public bool Equals(ResponseResumeToken? other) =>
        other is not null && string.Equals(ResponseId, other.ResponseId, StringComparison.Ordinal) && LastSequenceNumber == other.LastSequenceNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResponseResumeToken);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(ResponseId), LastSequenceNumber);

    private static string EncodeBase64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? DecodeBase64Url(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 4096)
        {
            return null;
        }

        var padded = new char[(text.Length + 3) / 4 * 4];
        for (var i = 0; i < padded.Length; i++)
        {
            padded[i] = i < text.Length ? text[i] switch { '-' => '+', '_' => '/', var c => c } : '=';
        }

        var bytes = new byte[padded.Length];
        return Convert.TryFromBase64Chars(padded, bytes, out var written) ? bytes.AsSpan(0, written).ToArray() : null;
    }
}
