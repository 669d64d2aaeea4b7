using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>Turns a <c>text/event-stream</c> body into typed events, one at a time, as the bytes arrive.</summary>
/// <remarks>
/// An enumerator rather than an async iterator: <see cref="StreamConnection"/> drives it directly, and when the
/// parser completes synchronously (the bytes are already buffered, i.e. almost every event) no state machine of
/// its own runs, which saves one async layer per event.
/// </remarks>
internal sealed class ResponseEventDecoder : IAsyncDisposable
{
    private const int MaxSnippetBytes = 200;

    // Stateless: it only maps a type value to metadata, so one instance serves every stream.
    private static readonly ResponseStreamEventJsonConverter TypeResolver = new();

    private readonly BoundedEventReadStream _bounded;
    private readonly IAsyncEnumerator<SseItem<ResponseStreamEvent?>> _items;
    private bool _ended;

    /// <exception cref="ResponsesSerializationException">(from <see cref="MoveNextAsync"/>) An event's data is not a JSON event.</exception>
    /// <exception cref="ResponsesStreamException">(from <see cref="MoveNextAsync"/>) An event exceeds <paramref name="maxEventSize"/> bytes.</exception>
    public ResponseEventDecoder(Stream body, int maxEventSize, CancellationToken cancellationToken)
    {
        _bounded = new BoundedEventReadStream(body, maxEventSize);
        _items = SseParser.Create(_bounded, static (eventType, data) => Decode(eventType, data))
            .EnumerateAsync(cancellationToken)
            .GetAsyncEnumerator(cancellationToken);
    }

    /// <summary>Gets a value indicating whether the body itself ended (not merely <c>data: [DONE]</c>): nothing is left to read on the connection.</summary>
    public bool ReachedEndOfBody { get; private set; }

    /// <summary>The event read by the last successful <see cref="MoveNextAsync"/>.</summary>
    public ResponseStreamEvent Current { get; private set; } = null!;

    /// <summary>Reads the next event; <see langword="false"/> at <c>data: [DONE]</c> or at the end of the body.</summary>
    public ValueTask<bool> MoveNextAsync()
    {
        while (!_ended)
        {
            var pending = _items.MoveNextAsync();
            if (!pending.IsCompletedSuccessfully)
            {
                return AwaitAsync(pending);
            }

            if (Accept(pending.Result))
            {
                return ValueTask.FromResult(true);
            }
        }

        return ValueTask.FromResult(false);
    }

    /// <summary>Yields each event as soon as it is complete. Ends at <c>data: [DONE]</c> or at the end of the body.</summary>
    public static async IAsyncEnumerable<ResponseStreamEvent> ReadAsync(Stream body, int maxEventSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var decoder = new ResponseEventDecoder(body, maxEventSize, cancellationToken);
        await using (decoder.ConfigureAwait(false))
        {
            while (await decoder.MoveNextAsync().ConfigureAwait(false))
            {
                yield return decoder.Current;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _items.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            await _bounded.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async ValueTask<bool> AwaitAsync(ValueTask<bool> pending)
    {
        // Only reached when the parser had to wait for bytes; from there on, loop like the synchronous path.
        while (true)
        {
            if (Accept(await pending.ConfigureAwait(false)))
            {
                return true;
            }

            if (_ended)
            {
                return false;
            }

            pending = _items.MoveNextAsync();
        }
    }

    /// <summary>Takes one parser result: <see langword="true"/> when it is an event for the caller.</summary>
    private bool Accept(bool hasItem)
    {
        if (!hasItem)
        {
            _ended = true;
            ReachedEndOfBody = true;
            return false;
        }

        _bounded.EventCompleted();
        var decoded = _items.Current.Data;
        if (ReferenceEquals(decoded, StreamEndMarker.Instance))
        {
            _ended = true;
            return false;
        }

        if (decoded is null)
        {
            // A keep-alive or an event without data: nothing to hand out, read on.
            return false;
        }

        Current = decoded;
        return true;
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
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Utf8JsonReader reports invalid UTF-8 inside a string, and a token of the wrong kind, as
            // InvalidOperationException; outside JsonSerializer nothing turns that into a JsonException.
            var snippet = Encoding.UTF8.GetString(data[..Math.Min(data.Length, MaxSnippetBytes)]);
            throw new ResponsesSerializationException(
                $"A '{eventType}' stream event could not be read: {ex.Message} Data: {snippet}{(data.Length > MaxSnippetBytes ? "…" : string.Empty)}",
                ex);
        }
    }
}
