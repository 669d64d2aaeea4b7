using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A double click (type <c>double_click</c>, spec <c>DoubleClickAction</c>).</summary>
public sealed class ComputerDoubleClickAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "double_click";

    /// <summary>Gets or sets the x-coordinate, in pixels.</summary>
    public int X { get; set; }

    /// <summary>Gets or sets the y-coordinate, in pixels.</summary>
    public int Y { get; set; }

    /// <summary>Gets or sets the modifier keys held during the action, if any.</summary>
    public IList<string>? Keys { get; set; }
}
