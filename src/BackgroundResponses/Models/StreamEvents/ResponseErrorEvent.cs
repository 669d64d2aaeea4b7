using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an error occurs, at any point of the stream (wire type <c>error</c>).</summary>
/// <remarks>
/// The spec sends the fields at the top level (<c>{"type":"error","code":…,"message":…,"param":…}</c>), but
/// the server has also been seen to nest them under <c>error</c>, with an extra <c>error.type</c>
/// (<c>{"type":"error","error":{"type":"too_many_requests","code":…,"message":…,"param":…}}</c>). Both are
/// read, top-level fields winning, and an event is written back in the shape it was read in. A
/// <c>code</c> or <c>param</c> that is not a string is kept as its JSON text.
/// </remarks>
[JsonConverter(typeof(ResponseErrorEventJsonConverter))]
public sealed class ResponseErrorEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "error";

    /// <summary>Gets or sets the error code, for example <c>too_many_requests</c>; may be <see langword="null"/>.</summary>
    public string? Code { get; set; }

    /// <summary>Gets or sets the error message.</summary>
    public string? Message { get; set; }

    /// <summary>Gets or sets the request parameter the error is about, if any.</summary>
    public string? Param { get; set; }

    /// <summary>
    /// Gets or sets the error category of the nested wire shape (<c>error.type</c>, for example
    /// <c>too_many_requests</c> or <c>insufficient_quota</c>); <see langword="null"/> for the flat spec shape.
    /// </summary>
    public string? ErrorType { get; set; }

    /// <summary>Gets or sets a value indicating whether the event was read with top-level <c>code</c>/<c>message</c>/<c>param</c>.</summary>
    internal bool ReadFlat { get; set; }

    /// <summary>Gets or sets a value indicating whether the event was read with a nested <c>error</c> object.</summary>
    internal bool ReadNested { get; set; }

    /// <summary>Gets or sets the properties of the nested <c>error</c> object besides type, code, message and param, kept to write them back.</summary>
    internal IDictionary<string, JsonElement>? NestedAdditionalProperties { get; set; }
}
