using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A scroll (type <c>scroll</c>, spec <c>ScrollParam</c>).</summary>
public sealed class ComputerScrollAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "scroll";

    /// <summary>Gets or sets the x-coordinate, in pixels.</summary>
    public int X { get; set; }

    /// <summary>Gets or sets the y-coordinate, in pixels.</summary>
    public int Y { get; set; }

    /// <summary>Gets or sets the horizontal scroll distance.</summary>
    public int ScrollX { get; set; }

    /// <summary>Gets or sets the vertical scroll distance.</summary>
    public int ScrollY { get; set; }

    /// <summary>Gets or sets the modifier keys held during the action, if any.</summary>
    public IList<string>? Keys { get; set; }
}
