using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an output item is marked done (wire type <c>response.output_item.done</c>).</summary>
public sealed class ResponseOutputItemDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.output_item.done";

    /// <summary>Gets or sets the index of the output item that was marked done.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the output item that was marked done. The server always sends it; it is <see langword="null"/> only on an instance not read from the wire.</summary>
    public ResponseItem Item { get; set; } = null!;
}
