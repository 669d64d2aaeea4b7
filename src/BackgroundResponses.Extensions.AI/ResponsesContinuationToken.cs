using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace BackgroundResponses.Extensions.AI;

/// <summary>
/// A <see cref="ResponseContinuationToken"/> of the <see cref="IChatClient"/> made by
/// <see cref="ResponsesClientChatClientExtensions.AsIChatClient(ResponsesClient, string?)"/>: the response to poll or to stream again, and the
/// sequence number of the last stream event already delivered.
/// </summary>
/// <remarks>
/// <see cref="ToBytes"/> is the UTF-8 JSON <c>{"responseId":"resp_…","sequenceNumber":N}</c>, exactly what
/// <c>Microsoft.Extensions.AI.OpenAI</c> writes, so a token from either client resumes in the other. Persist the bytes and
/// rebuild the token elsewhere with <see cref="ResponseContinuationToken.FromBytes"/>: the chat client reads any token
/// with these bytes.
/// </remarks>
public sealed class ResponsesContinuationToken : ResponseContinuationToken
{
    private const string ResponseIdProperty = "responseId";
    private const string SequenceNumberProperty = "sequenceNumber";

    /// <summary>Initializes a new instance of the <see cref="ResponsesContinuationToken"/> class.</summary>
    /// <param name="responseId">The response id (<c>resp_…</c>).</param>
    /// <param name="sequenceNumber">The sequence number of the last stream event delivered, or <see langword="null"/> for a token that polls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responseId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="responseId"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sequenceNumber"/> is negative.</exception>
    public ResponsesContinuationToken(string responseId, int? sequenceNumber = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(responseId);
        if (sequenceNumber is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sequenceNumber), sequenceNumber, "A sequence number is 0 or more.");
        }

        ResponseId = responseId;
        SequenceNumber = sequenceNumber;
    }

    /// <summary>Gets the id of the response the token continues.</summary>
    public string ResponseId { get; }

    /// <summary>Gets the sequence number of the last stream event already delivered; <see langword="null"/> when the token polls a non-streamed response.</summary>
    public int? SequenceNumber { get; }

    /// <summary>Reads a token: returns it as it is if it is a <see cref="ResponsesContinuationToken"/>, or else parses its <see cref="ResponseContinuationToken.ToBytes"/>.</summary>
    /// <param name="token">A token, for example one rebuilt with <see cref="ResponseContinuationToken.FromBytes"/> in another process.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The bytes are empty, not JSON, lack <c>responseId</c>, or hold a property other than <c>responseId</c> and <c>sequenceNumber</c>.</exception>
    public static ResponsesContinuationToken FromToken(ResponseContinuationToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token is ResponsesContinuationToken ours)
        {
            return ours;
        }

        var bytes = token.ToBytes();
        if (bytes.IsEmpty)
        {
            throw new ArgumentException("The continuation token holds no bytes.", nameof(token));
        }

        try
        {
            return Parse(bytes.Span);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException("The continuation token is not one of this client's: its bytes are not the expected JSON.", nameof(token), ex);
        }
    }

    /// <inheritdoc />
    public override ReadOnlyMemory<byte> ToBytes()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString(ResponseIdProperty, ResponseId);
            if (SequenceNumber is { } number)
            {
                writer.WriteNumber(SequenceNumberProperty, number);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    /// <inheritdoc />
    public override string ToString() => SequenceNumber is { } number ? $"{ResponseId}@{number}" : ResponseId;

    private static ResponsesContinuationToken Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ArgumentException("The continuation token is not a JSON object.", "token");
        }

        string? responseId = null;
        int? sequenceNumber = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();

            // Strict, as Microsoft.Extensions.AI.OpenAI is: a property neither knows means a token of some other client.
            switch (name)
            {
                case ResponseIdProperty:
                    responseId = reader.GetString();
                    break;
                case SequenceNumberProperty:
                    sequenceNumber = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                default:
                    throw new ArgumentException($"Unrecognized property '{name}' in the continuation token.", "token");
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new ArgumentException("The continuation token is not a single JSON object.", "token");
        }

        if (string.IsNullOrWhiteSpace(responseId))
        {
            throw new ArgumentException("The continuation token has no responseId.", "token");
        }

        if (sequenceNumber is < 0)
        {
            throw new ArgumentException("The continuation token's sequenceNumber is negative.", "token");
        }

        return new ResponsesContinuationToken(responseId, sequenceNumber);
    }
}
