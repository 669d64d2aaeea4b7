using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when a new content part is added (wire type <c>response.content_part.added</c>).</summary>
public sealed class ResponseContentPartAddedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.content_part.added";

    /// <summary>Gets or sets the ID of the output item that the content part was added to.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item that the content part was added to.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part that was added.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the content part that was added. The server always sends it; it is <see langword="null"/> only on an instance not read from the wire.</summary>
    public ResponseContentPart Part { get; set; } = null!;
}
