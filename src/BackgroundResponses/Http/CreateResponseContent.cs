using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace BackgroundResponses;

/// <summary>
/// Builds the JSON body of <c>POST /responses</c>: the caller's request plus the <c>background</c> and
/// <c>stream</c> flags, which only the client method decides.
/// </summary>
internal static class CreateResponseContent
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <exception cref="ArgumentException">The request smuggles <c>background</c> or <c>stream</c> in through its additional properties.</exception>
    public static ByteArrayContent Create(CreateResponseRequest request, bool background, bool stream) =>
        ToContent(Serialize(request, background, stream));

    /// <summary>Wraps serialized bytes in content that can be sent (and, being buffered, re-sent by a retry).</summary>
    public static ByteArrayContent ToContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    /// <exception cref="ArgumentException">The request smuggles <c>background</c> or <c>stream</c> in through its additional properties.</exception>
    public static byte[] Serialize(CreateResponseRequest request, bool background, bool stream)
    {
        if (request.AdditionalProperties is { } extra
            && (extra.ContainsKey("background") || extra.ContainsKey("stream")))
        {
            throw new ArgumentException(
                "'background' and 'stream' are decided by the method called (CreateAsync's background argument, CreateStreamingAsync); remove them from AdditionalProperties.",
                nameof(request));
        }

        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            // The request serialises first so that its own converters run; the flags are then appended
            // to the same object rather than kept on the request where a caller could set them out of sync.
            using var document = JsonSerializer.SerializeToDocument(request, ResponsesJsonContext.Default.CreateResponseRequest);
            writer.WriteStartObject();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteBoolean("background", background);
            if (stream)
            {
                writer.WriteBoolean("stream", true);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
