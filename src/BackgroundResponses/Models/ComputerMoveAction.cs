using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A mouse move (type <c>move</c>, spec <c>MoveParam</c>).</summary>
public sealed class ComputerMoveAction : ComputerAction
{
    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "move";

    /// <summary>Gets or sets the x-coordinate, in pixels.</summary>
    public int X { get; set; }

    /// <summary>Gets or sets the y-coordinate, in pixels.</summary>
    public int Y { get; set; }

    /// <summary>Gets or sets the modifier keys held during the action, if any.</summary>
    public IList<string>? Keys { get; set; }
}
