using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace BackgroundResponses;

/// <summary>
/// Reads and writes the SDK's models as the same JSON the Responses API speaks: to store a response or a stream
/// event (in a database, a file, a queue) and read it back later, or to replay recorded traffic in a test.
/// </summary>
/// <remarks>
/// <para>
/// Everything here uses the SDK's source-generated serializer metadata, so it is trimming- and Native AOT-safe and
/// produces exactly what the client sends and reads: snake_case names, unix-second timestamps, <c>type</c>
/// discriminators, and unknown properties (kept in <c>AdditionalProperties</c>) written back unchanged. Reading is
/// as tolerant as the client: an item, part or event type the SDK does not know arrives as its <c>Unknown…</c> fallback
/// instead of failing.
/// </para>
/// <para>
/// Nulls: a property the spec marks required on <c>Response</c> (<c>error</c>, <c>instructions</c>, <c>temperature</c>, …)
/// is always written, <c>null</c> included, so a written <see cref="ModelResponse"/> has the spec's shape and the wire's.
/// Any other known property that is <see langword="null"/> is left out, on responses and requests alike (a request
/// carries only what was set). So a stored response reads back the same, but its JSON can lack the explicit nulls
/// the server sent for optional fields, for example <c>"max_tool_calls": null</c> or the <c>effort</c> and
/// <c>summary</c> of <c>"reasoning": {"effort": null, "summary": null}</c>. Numbers are kept by value: a typed
/// <c>1.0</c> is written as <c>1</c>. Properties the SDK does not model keep their nulls and their exact text.
/// </para>
/// <para>
/// For anything the helpers do not cover, use <see cref="Options"/> with the <see cref="JsonSerializer"/> overloads
/// that take a <see cref="JsonTypeInfo"/>, for example
/// <c>(JsonTypeInfo&lt;ResponseCompletedEvent&gt;)ResponsesJson.Options.GetTypeInfo(typeof(ResponseCompletedEvent))</c>.
/// </para>
/// </remarks>
public static class ResponsesJson
{
    // The context's own options (read-only once the context owns them): sharing them shares the metadata cache the client warms up.
    /// <summary>
    /// Gets the read-only serializer options the SDK itself uses. They resolve <see cref="ModelResponse"/>,
    /// <see cref="CreateResponseRequest"/>, <see cref="ResponseItemList"/>, the base types <see cref="ResponseStreamEvent"/>,
    /// <see cref="ResponseItem"/>, <see cref="ResponseContentPart"/> and <see cref="ResponseAnnotation"/>, and every type
    /// those reach; go through a base type to read or write a value whose concrete class you do not know.
    /// </summary>
    /// <value>
    /// Options backed by the SDK's source-generated context: no reflection. Asking them for a type they do not resolve
    /// throws <see cref="NotSupportedException"/>; to serialize your own types alongside, combine the resolvers with
    /// <see cref="JsonTypeInfoResolver"/>.<c>Combine</c>.
    /// </value>
    public static JsonSerializerOptions Options => ResponsesJsonContext.Default.Options;

    /// <summary>Writes a response as the JSON the API returns for it.</summary>
    /// <param name="response">The response.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is <see langword="null"/>.</exception>
    public static string Serialize(ModelResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return JsonSerializer.Serialize(response, ResponsesJsonContext.Default.ModelResponse);
    }

    /// <summary>Writes a stream event as the JSON of its SSE <c>data</c> field, <c>type</c> and <c>sequence_number</c> first.</summary>
    /// <param name="streamEvent">The event, of any event class.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streamEvent"/> is <see langword="null"/>.</exception>
    public static string Serialize(ResponseStreamEvent streamEvent)
    {
        ArgumentNullException.ThrowIfNull(streamEvent);
        return JsonSerializer.Serialize(streamEvent, ResponsesJsonContext.Default.ResponseStreamEvent);
    }

    /// <summary>
    /// Writes a create request as the body of <c>POST /responses</c>: the fields that are set and its
    /// <see cref="CreateResponseRequest.AdditionalProperties"/>. The client adds <c>background</c> and <c>stream</c> when it
    /// sends a request; they are not part of the model.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static string Serialize(CreateResponseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonSerializer.Serialize(request, ResponsesJsonContext.Default.CreateResponseRequest);
    }

    /// <summary>Writes a conversation item, with its <c>type</c> discriminator.</summary>
    /// <param name="item">The item, of any item class.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public static string Serialize(ResponseItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return JsonSerializer.Serialize(item, ResponsesJsonContext.Default.ResponseItem);
    }

    /// <summary>Writes a page of input items as the API returns it from <c>GET /responses/{id}/input_items</c>.</summary>
    /// <param name="itemList">The page.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="itemList"/> is <see langword="null"/>.</exception>
    public static string Serialize(ResponseItemList itemList)
    {
        ArgumentNullException.ThrowIfNull(itemList);
        return JsonSerializer.Serialize(itemList, ResponsesJsonContext.Default.ResponseItemList);
    }

    /// <summary>Reads a response, as returned by the API or written by <see cref="Serialize(ModelResponse)"/>.</summary>
    /// <param name="json">The JSON text of one response object.</param>
    /// <returns>The response.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON, is JSON <c>null</c>, or does not have the shape of a response.</exception>
    public static ModelResponse DeserializeModelResponse(string json) => Deserialize(json, ResponsesJsonContext.Default.ModelResponse);

    /// <summary>
    /// Reads a stream event from the JSON of its SSE <c>data</c> field, as the class its <c>type</c> names. Like the client,
    /// it does not fail on what it does not know: a value without a known <c>type</c> (an event type newer than the SDK, or
    /// no <c>type</c> at all) is returned as <see cref="UnknownResponseStreamEvent"/>, which writes it back verbatim.
    /// </summary>
    /// <remarks>
    /// <see cref="ResponsePolledEvent"/> is made by the SDK, never sent by the server, so it is not read back as itself:
    /// stored, it comes back as an <see cref="UnknownResponseStreamEvent"/> (its <c>response</c> is still in the JSON).
    /// </remarks>
    /// <param name="json">The JSON text of one event object.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON, is JSON <c>null</c>, or is an event of a known type without that type's shape.</exception>
    public static ResponseStreamEvent DeserializeResponseStreamEvent(string json) => Deserialize(json, ResponsesJsonContext.Default.ResponseStreamEvent);

    /// <summary>Reads a create request, as written by <see cref="Serialize(CreateResponseRequest)"/> or sent to <c>POST /responses</c>.</summary>
    /// <param name="json">The JSON text of one request body.</param>
    /// <returns>
    /// The request. Fields it does not model are kept in <see cref="CreateResponseRequest.AdditionalProperties"/>, including
    /// the <c>background</c> and <c>stream</c> of a recorded HTTP body; remove those two before sending the request again,
    /// since the client refuses them there (the method called decides them).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON, is JSON <c>null</c>, or does not have the shape of a create request.</exception>
    public static CreateResponseRequest DeserializeCreateResponseRequest(string json) => Deserialize(json, ResponsesJsonContext.Default.CreateResponseRequest);

    /// <summary>
    /// Reads a conversation item as the class its <c>type</c> names. A value without a known <c>type</c> is returned as
    /// <see cref="UnknownResponseItem"/>, which writes it back verbatim.
    /// </summary>
    /// <param name="json">The JSON text of one item object.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON, is JSON <c>null</c>, or is an item of a known type without that type's shape.</exception>
    public static ResponseItem DeserializeResponseItem(string json) => Deserialize(json, ResponsesJsonContext.Default.ResponseItem);

    /// <summary>Reads a page of input items, as returned by <c>GET /responses/{id}/input_items</c>.</summary>
    /// <param name="json">The JSON text of one list object.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not valid JSON, is JSON <c>null</c>, or does not have the shape of an item list.</exception>
    public static ResponseItemList DeserializeResponseItemList(string json) => Deserialize(json, ResponsesJsonContext.Default.ResponseItemList);

    private static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            // The serializer's own message does not always name the target (a converter's error names only the token);
            // the caller storing many kinds of records wants to see which read failed, and where.
            throw new JsonException($"The JSON could not be read as a {typeof(T).Name}: {ex.Message}", ex.Path, ex.LineNumber, ex.BytePositionInLine, ex);
        }

        return value ?? throw new JsonException($"The JSON is null where a {typeof(T).Name} was expected.");
    }
}
