using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an annotation is added to output text content (wire type <c>response.output_text.annotation.added</c>).</summary>
public sealed class ResponseOutputTextAnnotationAddedEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.output_text.annotation.added";

    /// <summary>Gets or sets the unique identifier of the item to which the annotation is being added.</summary>
    public string ItemId { get; set; } = string.Empty;

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the index of the content part within the output item.</summary>
    public int ContentIndex { get; set; }

    /// <summary>Gets or sets the index of the annotation within the content part.</summary>
    public int AnnotationIndex { get; set; }

    /// <summary>Gets or sets the annotation object being added. (See annotation schema for details.).</summary>
    public ResponseAnnotation? Annotation { get; set; }
}
