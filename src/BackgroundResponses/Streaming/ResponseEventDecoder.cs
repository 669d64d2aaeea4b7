using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>Turns a <c>text/event-stream</c> body into typed events, one at a time, as the bytes arrive.</summary>
internal static class ResponseEventDecoder
{
    private const int MaxSnippetBytes = 200;

    // Stateless: it only maps a type value to metadata, so one instance serves every stream.
    private static readonly ResponseStreamEventJsonConverter TypeResolver = new();

    /// <summary>Yields each event as soon as it is complete. Ends at <c>data: [DONE]</c> or at the end of the body.</summary>
    /// <exception cref="ResponsesSerializationException">An event's data is not a JSON event.</exception>
    /// <exception cref="ResponsesStreamException">An event exceeds <paramref name="maxEventSize"/> bytes.</exception>
    public static async IAsyncEnumerable<ResponseStreamEvent> ReadAsync(Stream body, int maxEventSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var bounded = new BoundedEventReadStream(body, maxEventSize);
        await using (bounded.ConfigureAwait(false))
        {
            var parser = SseParser.Create(bounded, static (eventType, data) => Decode(eventType, data));
            await foreach (var item in parser.EnumerateAsync(cancellationToken).ConfigureAwait(false))
            {
                bounded.EventCompleted();
                var decoded = item.Data;
                if (ReferenceEquals(decoded, StreamEndMarker.Instance))
                {
                    yield break;
                }

                if (decoded is not null)
                {
                    yield return decoded;
                }
            }
        }
    }

    private static ResponseStreamEvent? Decode(string eventType, ReadOnlySpan<byte> data)
    {
        var trimmed = data.Trim(" \t\r\n"u8);
        if (trimmed.IsEmpty)
        {
            // An event with no data carries nothing (keep-alives); the spec forbids dispatching it anyway.
            return null;
        }

        if (trimmed.SequenceEqual("[DONE]"u8))
        {
            return StreamEndMarker.Instance;
        }

        try
        {
            // Known types go straight to their own metadata (one pass over the bytes, dispatch on the UTF-8
            // type value); unknown ones, null and non-objects take the polymorphic path, which keeps them raw.
            if (ResponseTextDeltaFastReader.TryRead(data) is { } textDelta)
            {
                return textDelta;
            }

            var typeInfo = TypeResolver.FindTypeInfo(data);
            var decoded = typeInfo is not null
                ? (ResponseStreamEvent?)JsonSerializer.Deserialize(data, typeInfo)
                : JsonSerializer.Deserialize(data, ResponsesJsonContext.Default.ResponseStreamEvent);
            return decoded ?? throw new JsonException("The event data is JSON null.");
        }
        catch (JsonException ex)
        {
            var snippet = Encoding.UTF8.GetString(data[..Math.Min(data.Length, MaxSnippetBytes)]);
            throw new ResponsesSerializationException(
                $"A '{eventType}' stream event could not be read: {ex.Message} Data: {snippet}{(data.Length > MaxSnippetBytes ? "…" : string.Empty)}",
                ex);
        }
    }
}
