using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a new output item is added (wire type <c>response.output_item.added</c>).</summary>
public sealed class ResponseOutputItemAddedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.output_item.added";

    /// <summary>Gets or sets the index of the output item that was added.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the output item that was added. For reasoning items, <c>encrypted_content</c> may be incomplete while the item is in progress. Use the reasoning item from the corresponding <c>response.output_item.done</c> event when passing it as input to a subsequent request. The server always sends it; it is <see langword="null"/> only on an instance not read from the wire.</summary>
    public ResponseItem Item { get; set; } = null!;
}
