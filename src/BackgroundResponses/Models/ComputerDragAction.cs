using System.Text.Json.Serialization;

namespace BackgroundResponses;

/// <summary>A drag along a path (type <c>drag</c>, spec <c>DragParam</c>).</summary>
public sealed class ComputerDragAction : ComputerAction
{
    private IList<ComputerPoint> _path = new List<ComputerPoint>();

    /// <inheritdoc />
    [JsonPropertyOrder(-1)]
    public override string Type => "drag";

    /// <summary>Gets or sets the points of the path, start first. Never <see langword="null"/>.</summary>
    public IList<ComputerPoint> Path
    {
        get => _path;
        set => _path = value ?? new List<ComputerPoint>();
    }

    /// <summary>Gets or sets the modifier keys held during the action, if any.</summary>
    public IList<string>? Keys { get; set; }
}
