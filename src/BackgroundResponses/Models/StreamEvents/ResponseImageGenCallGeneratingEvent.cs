using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>Emitted when an image generation tool call is actively generating an image (intermediate state) (wire type <c>response.image_generation_call.generating</c>).</summary>
public sealed class ResponseImageGenCallGeneratingEvent : ResponseStreamEvent
{
    /// <inheritdoc />
    [JsonPropertyOrder(-2)]
    public override string Type => "response.image_generation_call.generating";

    /// <summary>Gets or sets the index of the output item in the response's output array.</summary>
    public int OutputIndex { get; set; }

    /// <summary>Gets or sets the unique identifier of the image generation item being processed.</summary>
    public string ItemId { get; set; } = string.Empty;
}
