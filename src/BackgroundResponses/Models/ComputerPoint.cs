using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A point on the screen, in a <see cref="ComputerDragAction"/> path (spec <c>DragPoint</c>).</summary>
public sealed class ComputerPoint
{
    /// <summary>Gets or sets the x-coordinate, in pixels.</summary>
    public int X { get; set; }

    /// <summary>Gets or sets the y-coordinate, in pixels.</summary>
    public int Y { get; set; }

    /// <summary>Gets or sets JSON properties this SDK does not model; they are written back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
