using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a content part is done (wire type <c>response.content_part.done</c>).</summary>
public sealed class ResponseContentPartDoneEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.content_part.done";

    /// <summary>Gets or sets the ID of the output item that the content part was added to.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the content part was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that is done.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the content part that is done. The server always sends it; it is <see langword="null"/> only on an instance not read from the wire.</summary>
    public ResponseContentPart Part { get; set; } = null!;
}
