using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A mouse click (type <c>click</c>, spec <c>ClickParam</c>).</summary>
public sealed class ComputerClickAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "click";

    /// <summary>Gets or sets the button: <c>left</c>, <c>right</c>, <c>wheel</c>, <c>back</c> or <c>forward</c>.</summary>
    public string? Button { get; set; }

    /// <summary>Gets or sets the x-coordinate, in pixels.</summary>
    public int X { get; set; }

    /// <summary>Gets or sets the y-coordinate, in pixels.</summary>
    public int Y { get; set; }

    /// <summary>Gets or sets the modifier keys held during the action, if any.</summary>
    public IList<string>? Keys { get; set; }
}
